/**
 * The timeline's axis never collides: over spans from a week to ten years and at widths from 320 px up, no two
 * labels drawn on the chart (ticks, the publication and as-of markers, lane labels) overlap, and none runs past
 * the widget's edge. Measured on the rendered text boxes. The test browser has no Welsh locale data (its Intl
 * falls back to English for `cy`), so for Welsh this measures the words Intl gives in Node (test/node/
 * timeline-axis.test.ts places them) and checks the layout's width estimate is never narrower than the drawn
 * text.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/deadline-timeline/define.js';
import type { IkDeadlineTimeline } from '../../src/components/deadline-timeline/deadline-timeline.js';
import { estimateLabelWidth } from '../../src/components/deadline-timeline/deadline-timeline.layout.js';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Actions over `span` days from 10 January 2024, judged as of the middle; the publication day first. */
function plan(span: number) {
  const start = Date.UTC(2024, 0, 10);
  const at = (f: number) => iso(start + Math.round(span * f) * DAY);
  return {
    published: iso(start),
    asOf: at(0.5),
    actions: [
      { title: 'Refresh the improvement plan', theme: 'Leadership and management of practice', due: at(0) },
      { title: 'Audit case files', theme: 'Practice', due: at(0.3) },
      { title: 'Recruit social workers', theme: 'Workforce', due: at(0.7) },
      { title: 'Report to the board', theme: 'Practice', due: at(1) },
      { title: 'Supervision', timescale: 'Ongoing' },
    ],
  };
}

interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Every label drawn on the chart, as the browser set it. */
function labels(el: IkDeadlineTimeline): Box[] {
  return Array.from(el.shadowRoot!.querySelectorAll<SVGTextElement>('svg.axis text')).map((t) => {
    const r = t.getBoundingClientRect();
    return { text: t.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  });
}

const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

async function drawn(lang: string, span: number, width: number): Promise<IkDeadlineTimeline> {
  await setViewport({ width: Math.max(width + 40, 360), height: 900 });
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
    <ik-deadline-timeline lang=${lang} .data=${plan(span)}></ik-deadline-timeline>
  </div>`);
  const el = wrap.querySelector<IkDeadlineTimeline>('ik-deadline-timeline')!;
  await waitUntil(() => el.state === 'ready', 'not ready', { timeout: 5000 });
  await waitUntil(
    () => el.shadowRoot!.querySelector('svg.axis')?.getAttribute('width') === String(width),
    `not drawn at ${width} px`,
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el;
}

const SPANS = [7, 45, 200, 800, 3650];

describe('<ik-deadline-timeline> axis: labels never collide', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['en-GB'])
    for (const width of [600, 900, 1366])
      it(`keeps every label apart and inside the chart at ${width} px, in ${lang}, from a week to ten years`, async () => {
        for (const span of SPANS) {
          const el = await drawn(lang, span, width);
          const svg = el.shadowRoot!.querySelector('svg.axis')!.getBoundingClientRect();
          const host = el.getBoundingClientRect();
          const boxes = labels(el);
          const where = `${span} days at ${width} px (${lang})`;
          expect(boxes.filter((b) => /\d/.test(b.text)).length, `${where}: dated labels`).to.be.above(2);
          for (const b of boxes) {
            expect(b.left, `${where}: "${b.text}" past the left edge`).to.be.at.least(
              Math.max(svg.left, host.left) - 0.5,
            );
            expect(b.right, `${where}: "${b.text}" past the right edge`).to.be.at.most(
              Math.min(svg.right, host.right) + 0.5,
            );
          }
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++)
              expect(
                overlap(boxes[i]!, boxes[j]!),
                `${where}: "${boxes[i]!.text}" overlaps "${boxes[j]!.text}"`,
              ).to.equal(false);
        }
      });

  it('shows only the list at 320 px, where the chart would be too narrow to read', async () => {
    const el = await drawn('cy', 800, 320);
    const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    expect(getComputedStyle(chart).display).to.equal('none');
    expect(el.shadowRoot!.querySelectorAll('ol.actions > li').length).to.equal(5);
  });

  it('ends the as-of label before its line near the right edge', async () => {
    const start = Date.UTC(2024, 0, 10);
    const data = {
      published: iso(start),
      asOf: iso(start + 30 * DAY),
      actions: [{ title: 'Report to the board', due: iso(start + 30 * DAY) }],
    };
    await setViewport({ width: 640, height: 900 });
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 600px">
      <ik-deadline-timeline .data=${data}></ik-deadline-timeline>
    </div>`);
    const el = wrap.querySelector<IkDeadlineTimeline>('ik-deadline-timeline')!;
    await waitUntil(() => el.state === 'ready', 'not ready', { timeout: 5000 });
    await waitUntil(() => el.shadowRoot!.querySelector('svg.axis')?.getAttribute('width') === '600');
    const marker = el.shadowRoot!.querySelector<SVGGElement>('.marker.today')!;
    const line = marker.querySelector('line')!.getBoundingClientRect();
    const label = marker.querySelector('text')!;
    expect(label.textContent).to.equal('As of 9 Feb 2024');
    expect(label.getBoundingClientRect().right).to.be.at.most(line.left);
  });

  it('estimates every label at least as wide as the browser draws it, in English and in Welsh', async () => {
    // Welsh as Intl (Node's full ICU) writes the axis's dates: months, days, years, the marker words.
    const words = [
      'Ion 2024',
      'Chwef',
      'Maw',
      'Ebr',
      'Mai',
      'Meh',
      'Gorff',
      'Gor',
      'Awst',
      'Medi',
      'Hyd',
      'Tach',
      'Rhag 2025',
      '28 Gorff 2024',
      '13 Chwef',
      'Published 10 Chwef 2024',
      'As of 28 Rhag 2024',
      'Today 30 Medi 2030',
      'Sept',
      'Jan 2024',
      '31 Mar',
      'Published 7 Jan 2010',
      'As of 12 Feb 2010',
      'Leadership and mana…',
      'WWW MMM 2028',
      'Looked after children',
    ];
    const el = await drawn('en-GB', 200, 900);
    const svg = el.shadowRoot!.querySelector('svg.axis')!;
    const probe = (text: string, cls: string) => {
      const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
      g.setAttribute('class', cls);
      const t = document.createElementNS('http://www.w3.org/2000/svg', 'text');
      t.textContent = text;
      g.append(t);
      svg.append(g);
      const w = t.getBoundingClientRect().width;
      g.remove();
      return w;
    };
    for (const w of words) {
      expect(estimateLabelWidth(w), `tick "${w}"`).to.be.at.least(probe(w, 'tick'));
      expect(estimateLabelWidth(w, true), `marker "${w}"`).to.be.at.least(probe(w, 'marker'));
    }
  });
});
