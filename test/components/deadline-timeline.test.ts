import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { type AxNode, axNodes } from '../setup/ax-nodes.js';
import '../../src/components/deadline-timeline/define.js';
import type {
  ActionSelectDetail,
  IkDeadlineTimeline,
} from '../../src/components/deadline-timeline/deadline-timeline.js';
import { layoutTimeline } from '../../src/components/deadline-timeline/deadline-timeline.layout.js';
import { clearFetchCache } from '../../src/core/load/shared.js';
import { isoDate } from '../../src/core/periods.js';
import { readWith } from '../../src/core/schema.js';
import { timeline } from '../../src/core/shapes/timeline.js';
import { problems, text } from '../base/speech.js';
import { plain } from '../setup/plain.js';

const leeds = (await (await fetch('/test/fixtures/leeds-report.json')).json()) as {
  actions2010: Record<string, unknown>;
};
const derby = (await (await fetch('/test/fixtures/derby-report.json')).json()) as {
  actions2011: Record<string, unknown>;
};

const root = (el: IkDeadlineTimeline) => el.shadowRoot!;
const items = (el: IkDeadlineTimeline) =>
  Array.from(root(el).querySelectorAll<HTMLLIElement>('ol.actions > li'));
const summary = (el: IkDeadlineTimeline) => text(root(el).querySelector('.summary'));
async function ready(el: IkDeadlineTimeline) {
  await waitUntil(() => el.state !== 'loading', 'still loading', { timeout: 5000 });
  await el.updateComplete;
  return el;
}
const tl = async (data: unknown, asOf?: string, groupBy = 'theme') =>
  ready(
    await fixture<IkDeadlineTimeline>(
      html`<ik-deadline-timeline .data=${data} as-of=${asOf ?? ''} group-by=${groupBy}></ik-deadline-timeline>`,
    ),
  );

/** Pure layout of a document, for exact date checks (also run in far-off time zones). */
function layout(data: unknown, asOf: string) {
  const read = readWith(timeline, data);
  return layoutTimeline(read.value!, '', { asOf, groupBy: 'theme' }).model;
}

afterEach(() => clearFetchCache());

describe('deadline timeline layout: due dates and statuses', () => {
  it('derives due dates from each timescale wording of the Leeds report (published 7 January 2010)', () => {
    const model = layout(leeds.actions2010, '2010-02-12');
    const dueBy = (timescale: string) =>
      new Set(model.actions.filter((a) => a.timescale === timescale).map((a) => isoDate(a.due!)));
    expect([...dueBy('Immediately')]).to.deep.equal(['2010-01-07']);
    expect([...dueBy('Within three months')]).to.deep.equal(['2010-04-07']);
    expect([...dueBy('Within six months')]).to.deep.equal(['2010-07-07']);
    expect(model.actions.filter((a) => a.milestone).map((a) => isoDate(a.due!))).to.deep.equal([
      '2010-01-06',
      '2010-02-12',
      '2010-03-31',
      '2010-03-31',
    ]);
  });

  it('counts by derived status as of several days', () => {
    expect(layout(leeds.actions2010, '2010-02-12').summary).to.equal('9 overdue · 15 not yet due');
    expect(layout(leeds.actions2010, '2010-04-01').summary).to.equal(
      '9 overdue · 9 due soon · 6 not yet due',
    );
    expect(layout(leeds.actions2010, '2010-05-11').summary).to.equal('18 overdue · 6 not yet due');
    expect(layout(leeds.actions2010, '2010-07-07').summary).to.equal('18 overdue · 6 due soon');
  });

  it('says by how many days an action is overdue, and when it is due soon', () => {
    const model = layout(leeds.actions2010, '2010-05-11');
    const three = model.actions.find((a) => a.timescale === 'Within three months')!;
    expect(three.statusText).to.equal('Overdue by 34 days');
    const soon = layout(leeds.actions2010, '2010-04-01').actions.find(
      (a) => a.timescale === 'Within three months',
    )!;
    expect(soon.statusText).to.equal('Due soon: in 6 days');
    expect(
      layout(leeds.actions2010, '2010-04-07').actions.find((a) => a.timescale === 'Within three months')!
        .statusText,
    ).to.equal('Due today');
  });

  it('reads the Derby 2011 areas for improvement from their publication date', () => {
    const model = layout(derby.actions2011, '2011-10-01');
    const dues = [...new Set(model.actions.map((a) => `${a.timescale} ${isoDate(a.due!)}`))];
    expect(dues).to.deep.equal([
      'Immediately 2011-06-27',
      'Within three months 2011-09-27',
      'Within six months 2011-12-27',
    ]);
    expect(model.summary).to.equal('17 overdue · 7 not yet due');
  });

  it('says whether done actions were late, and reports what cannot be dated', () => {
    const data = {
      published: '2010-01-07',
      actions: [
        { title: 'On time', timescale: 'Within three months', status: 'done', completed: '2010-03-30' },
        { title: 'Late', timescale: 'Immediately', status: 'completed', completed: '2010-01-20' },
        { title: 'Done, no date', timescale: 'Immediately', status: 'done' },
        { title: 'No date at all' },
        { title: 'Bad timescale', timescale: 'Soonish' },
      ],
    };
    const read = readWith(timeline, data);
    const { model, problems: found } = layoutTimeline(read.value!, '', { asOf: '2010-05-11' });
    expect(model.actions.map((a) => a.statusText)).to.deep.equal([
      'Done on 20 January 2010, 13 days late',
      'Done',
      'Done on 30 March 2010, 8 days early',
      'No due date',
      'No due date',
    ]);
    expect(plain(found)).to.deep.equal([
      {
        path: 'actions[3]',
        message: 'has no due date: give it a "due" date or a "timescale" (such as "Within three months")',
      },
      {
        path: 'actions[4].timescale',
        message:
          '"Soonish" is not a timescale: use "Immediately", "Within three months" (or days, weeks, working days), "by 31 March 2010" or "Ongoing"',
      },
    ]);
    expect(model.summary).to.equal('3 done');
  });
});

describe('<ik-deadline-timeline> with the Leeds 2010 actions', () => {
  it('draws the summary, the axis with publication and as-of markers, lanes and the list', async () => {
    const el = await tl(leeds.actions2010);
    expect(el.state).to.equal('ready');
    expect(summary(el)).to.equal('As of 12 February 2010: 9 overdue, 15 not yet due');
    const markers = Array.from(root(el).querySelectorAll('.marker text')).map(text);
    expect(markers).to.deep.equal(['Published 7 Jan 2010', 'As of 12 Feb 2010']);
    expect(Array.from(root(el).querySelectorAll('.lane-label')).map(text)).to.deep.equal([
      'Milestones',
      'Safeguarding',
      'Looked after children',
    ]);
    expect(root(el).querySelectorAll('g.mark-at').length).to.equal(28);
    expect(items(el).length).to.equal(28);
    expect(problems(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('lists actions in due-date order with title, due date, status words and theme', async () => {
    const el = await tl(leeds.actions2010);
    const first = items(el)[1]!;
    expect(text(first.querySelector('.action-status'))).to.equal('Overdue by 36 days');
    expect(text(first.querySelector('.action-meta'))).to.equal(
      'Due: 7 January 2010 (Immediately) Safeguarding',
    );
    const dues = items(el).map(
      (li) => text(li.querySelector('.action-meta')).match(/Due: (\d+ \w+ \d{4})/)![1],
    );
    const days = dues.map((d) => Date.parse(`${d} UTC`));
    expect(days).to.deep.equal([...days].sort((a, b) => a - b));
  });

  it('lanes by timescale with group-by', async () => {
    const el = await tl(leeds.actions2010, undefined, 'timescale');
    expect(Array.from(root(el).querySelectorAll('.lane-label')).map(text)).to.deep.equal([
      'Milestones',
      'Immediately',
      'Within three months',
      'Within six months',
    ]);
  });

  it('filters by status and says how many are shown', async () => {
    const el = await tl(leeds.actions2010, '2010-04-01');
    const buttons = Array.from(root(el).querySelectorAll<HTMLButtonElement>('button.filter'));
    expect(buttons.map(text)).to.deep.equal(['Overdue (9)', 'Due soon (9)', 'Not yet due (6)']);
    buttons[1]!.click();
    await el.updateComplete;
    expect(items(el).length).to.equal(9);
    expect(text(root(el).querySelector('.shown'))).to.equal('Showing 9 of 24 actions: those due soon');
    expect(root(el).querySelectorAll('g.mark-at').length).to.equal(9);
    await expect(el).to.be.accessible();
  });

  it('reaches every action by keyboard; Enter fires ik-select; the mark is highlighted with a tooltip', async () => {
    const el = await tl(leeds.actions2010);
    const tabbable = root(el).querySelectorAll('ol [tabindex="0"]');
    expect(tabbable.length).to.equal(1);
    (tabbable[0] as HTMLElement).focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await el.updateComplete;
    expect((root(el).activeElement as HTMLElement).dataset.key).to.equal(items(el)[1]!.dataset.key);
    expect(root(el).querySelector('g.mark-at.current')).to.not.equal(null);
    expect(text(root(el).querySelector('.tip'))).to.contain('Overdue by 36 days');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(items(el).at(-1));
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const detail = (await oneEvent(el, 'ik-select')).detail as ActionSelectDetail;
    expect(detail.due).to.equal('2010-07-07');
    expect(detail.value.status).to.equal('not yet due');
  });
});

describe('<ik-deadline-timeline> sources and states', () => {
  it('reads CSV with a published attribute', async () => {
    const el = await ready(
      await fixture<IkDeadlineTimeline>(html`<ik-deadline-timeline published="2011-06-27" as-of="2011-07-01"><script type="text/csv">
id,theme,title,timescale,due,owner,status,completed,milestone
sg-i-1,Safeguarding,Develop audit systems,Immediately,,Head of service,in progress,,
sg-3-1,Safeguarding,Ensure information on complaints,Within three months,,,,,
m1,,Report to Cabinet,,2011-09-14,,,,yes
</script></ik-deadline-timeline>`),
    );
    expect(summary(el)).to.equal('As of 1 July 2011: 1 overdue, 1 not yet due');
    expect(text(items(el)[0]!.querySelector('.action-meta'))).to.contain('Owner: Head of service');
    expect(text(items(el)[1]!.querySelector('.action-status'))).to.equal('Milestone, to come');
  });

  it('shows text from data as text and links only safe addresses', async () => {
    const el = await tl(
      {
        published: '2010-01-07',
        actions: [
          { title: '<img src=x onerror=alert(1)>', timescale: 'Immediately', href: 'javascript:alert(1)' },
          { title: 'Plan', timescale: 'Immediately', href: 'https://example.org/plan' },
        ],
      },
      '2010-01-07',
    );
    expect(root(el).querySelector('img')).to.equal(null);
    expect(Array.from(root(el).querySelectorAll('ol a')).map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.org/plan',
    ]);
    expect(problems(el)[0]).to.contain('is not linked');
  });

  it('shows loading, a failed fetch and the empty state accessibly', async () => {
    const loading = await fixture<IkDeadlineTimeline>(
      html`<ik-deadline-timeline src="/test/fixtures/leeds-report.json" select="actions2010"></ik-deadline-timeline>`,
    );
    expect(loading.state).to.equal('loading');
    await expect(loading).to.be.accessible();
    await ready(loading);
    expect(loading.state).to.equal('ready');
    const failed = await ready(
      await fixture<IkDeadlineTimeline>(
        html`<ik-deadline-timeline src="/test-api/status?code=500"></ik-deadline-timeline>`,
      ),
    );
    expect(failed.state).to.equal('error');
    await expect(failed).to.be.accessible();
    const empty = await tl({ actions: [] });
    expect(empty.state).to.equal('empty');
    await expect(empty).to.be.accessible();
  });

  it('draws its axis at the width the page gives it the first time, not at a default drawn again later', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width: 600px"></div>`);
    const el = document.createElement('ik-deadline-timeline');
    el.data = leeds.actions2010;
    wrap.append(el);
    await el.updateComplete;
    // Read at once after the first drawing, before a ResizeObserver could have reported a size.
    expect(el.state).to.equal('ready');
    expect(root(el).querySelector('svg.axis')!.getAttribute('width')).to.equal('600');
  });

  it('shows only the list at 320 px, and its key instructions say nothing of the chart there', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div style="width: 320px"><ik-deadline-timeline .data=${leeds.actions2010}></ik-deadline-timeline></div>`,
    );
    const el = await ready(wrap.querySelector('ik-deadline-timeline')!);
    expect(getComputedStyle(root(el).querySelector('.chart')!).display).to.equal('none');
    expect(items(el).length).to.equal(28);
    const instructions = root(el).querySelector<HTMLElement>('.instructions')!.innerText;
    expect(instructions).to.contain('Use the up and down arrow keys');
    expect(instructions).to.not.contain('chart');
  });
});

/** What a screen reader gets from the page once the timeline has settled. */
async function spoken(el: HTMLElement): Promise<AxNode[]> {
  await (el as IkDeadlineTimeline).updateComplete;
  return axNodes();
}
const centre = (r: DOMRect): [number, number] => [
  Math.round(r.left + r.width / 2),
  Math.round(r.top + r.height / 2),
];
const tip = (el: IkDeadlineTimeline) => root(el).querySelector<HTMLElement>('.chart .tip');
const markOf = (el: IkDeadlineTimeline, i = 0) =>
  root(el).querySelectorAll<SVGGElement>('g.mark-at')[i]!.querySelector('rect.halo')!;
const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
async function settled(el: IkDeadlineTimeline) {
  await el.updateComplete;
  await el.updateComplete;
}

describe('<ik-deadline-timeline> tooltip (WCAG 1.4.13 content on hover or focus)', () => {
  afterEach(() => resetMouse());

  it('keeps the tooltip while the pointer moves from the mark onto it, and hides it when the pointer leaves both', async () => {
    const el = await tl(leeds.actions2010);
    await sendMouse({ type: 'move', position: centre(markOf(el, 5).getBoundingClientRect()) });
    await waitUntil(() => tip(el) !== null, 'no tooltip on hover');
    await settled(el);
    // Through the gap between mark and tooltip first: the pointer crosses it on the way.
    const m = markOf(el, 5).getBoundingClientRect();
    const t = tip(el)!.getBoundingClientRect();
    const gapY = t.top >= m.bottom ? (m.bottom + t.top) / 2 : (t.bottom + m.top) / 2;
    await sendMouse({ type: 'move', position: [Math.round(m.left + m.width / 2), Math.round(gapY)] });
    await settled(el);
    expect(tip(el) !== null, 'the tooltip went as the pointer crossed the gap to it').to.equal(true);
    await sendMouse({ type: 'move', position: centre(tip(el)!.getBoundingClientRect()) });
    await settled(el);
    expect(tip(el) !== null, 'the tooltip went when the pointer moved onto it').to.equal(true);
    await sendMouse({ type: 'move', position: [2, 590] });
    await waitUntil(() => tip(el) === null, 'the tooltip stayed after the pointer left');
  });

  it('hides a tooltip shown by hover on Escape, without moving the pointer or focus', async () => {
    const el = await tl(leeds.actions2010);
    const before = document.activeElement;
    await sendMouse({ type: 'move', position: centre(markOf(el, 5).getBoundingClientRect()) });
    await waitUntil(() => tip(el) !== null, 'no tooltip on hover');
    await sendKeys({ press: 'Escape' });
    await settled(el);
    // Elements compared as booleans: a failure message that prints an element can hang the test page.
    expect(tip(el) === null, 'the tooltip is still shown').to.equal(true);
    expect(document.activeElement === before, 'focus moved').to.equal(true);
    // The mark stays marked under the pointer.
    expect(root(el).querySelector('g.mark-at.current') !== null).to.equal(true);
  });

  it('hides a tooltip shown by focus in the list on Escape, keeping focus on the action', async () => {
    const el = await tl(leeds.actions2010);
    const first = items(el)[0]!;
    first.focus();
    await waitUntil(() => tip(el) !== null, 'no tooltip on focus');
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect(tip(el) === null, 'the tooltip is still shown').to.equal(true);
    expect(root(el).activeElement === first, 'focus moved').to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    expect(tip(el) !== null, 'the next action has no tooltip').to.equal(true);
  });

  it('keeps every tooltip inside the chart, off the filter buttons and the summary above it', async () => {
    const el = await tl(leeds.actions2010);
    // Every action on the axis, by focus in the list (the top lane's marks are the ones near the buttons).
    for (const li of items(el)) {
      li.focus();
      await settled(el);
      const t = tip(el);
      if (!t) continue;
      // Measured each time: focus may scroll the page.
      const controls = [
        root(el).querySelector('.filters')!.getBoundingClientRect(),
        root(el).querySelector('.shown')!.getBoundingClientRect(),
      ];
      const chart = root(el).querySelector('.chart')!.getBoundingClientRect();
      const r = t.getBoundingClientRect();
      for (const c of controls) expect(overlaps(r, c), `${li.dataset.key} covers a control`).to.equal(false);
      expect(r.top).to.be.at.least(chart.top - 0.5);
      expect(r.left).to.be.at.least(chart.left - 0.5);
      expect(r.right).to.be.at.most(chart.right + 0.5);
    }
  });
  it('keeps the tooltip of a chart with one lane off the list under it', async () => {
    const el = await tl(
      {
        published: '2010-01-07',
        actions: [
          {
            title:
              'Refresh the existing improvement plan to take account of the priorities for action and the other issues set out in this report',
            theme: 'Safeguarding',
            timescale: 'Immediately',
          },
          { title: 'Train managers', theme: 'Safeguarding', timescale: 'Within three months' },
        ],
      },
      '2010-02-12',
    );
    for (const li of items(el)) {
      li.focus();
      await settled(el);
      const r = tip(el)!.getBoundingClientRect();
      const chart = root(el).querySelector('.chart')!.getBoundingClientRect();
      const list = root(el).querySelector('.instructions')!.getBoundingClientRect();
      expect(overlaps(r, list), `${li.dataset.key} covers the list`).to.equal(false);
      expect(r.top).to.be.at.least(chart.top - 0.5);
      expect(r.bottom).to.be.at.most(chart.bottom + 0.5);
    }
  });
});

describe('<ik-deadline-timeline> what a screen reader gets', () => {
  it('gives the title and the source once each (WCAG 1.3.1)', async () => {
    const el = await tl(leeds.actions2010);
    const nodes = await spoken(el);
    const title = String(leeds.actions2010.title);
    const source = (leeds.actions2010.source as { label: string }).label;
    expect(nodes.filter((n) => n.name.includes(title)).length, 'title').to.equal(1);
    expect(nodes.filter((n) => n.name.includes(source)).length, 'source').to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('says the summary once: counts by status and the as-of date, again when as-of or the data change', async () => {
    const el = await tl(leeds.actions2010);
    const line = 'As of 12 February 2010: 9 overdue, 15 not yet due';
    expect((await spoken(el)).filter((n) => n.name.includes(line)).length).to.equal(1);
    el.asOf = '2010-04-01';
    await waitUntil(() => summary(el).startsWith('As of 1 April'), 'summary not redrawn');
    expect(summary(el)).to.equal('As of 1 April 2010: 9 overdue, 9 due soon, 6 not yet due');
    expect((await spoken(el)).some((n) => n.name.includes('·'))).to.equal(false);
    el.data = {
      actions: [{ title: 'Only one', due: '2010-03-01', status: 'done', completed: '2010-02-01' }],
    };
    await waitUntil(() => summary(el).endsWith('1 done'), 'summary not redrawn for new data');
    expect(summary(el)).to.equal('As of 1 April 2010: 1 done');
  });

  it('names the focused action by its title and says its due date, status and owner in a polite live region', async () => {
    const el = await tl(
      {
        title: 'Actions',
        published: '2010-01-07',
        actions: [
          { title: 'Audit case files', timescale: 'Immediately', owner: 'Head of service' },
          { title: 'Train managers', timescale: 'Within three months' },
        ],
      },
      '2010-02-12',
    );
    const live = root(el).querySelector('[aria-live="polite"]')!;
    expect(text(live)).to.equal('');
    items(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    await sendKeys({ press: 'ArrowUp' });
    await settled(el);
    const focused = (await spoken(el)).find((n) => n.focused)!;
    expect(focused.role).to.equal('listitem');
    expect(focused.name).to.equal('Audit case files');
    expect(text(live)).to.equal(
      '1 of 2. Due 7 January 2010 (Immediately). Overdue by 36 days. Owner: Head of service.',
    );
    await sendKeys({ press: 'End' });
    await settled(el);
    expect(text(live)).to.equal('2 of 2. Due 7 April 2010 (Within three months). Not yet due: in 54 days.');
  });

  it('writes out the keys, and has one tab stop for the actions: the list, not the chart as well', async () => {
    const el = await tl(leeds.actions2010);
    const nodes = await spoken(el);
    expect(nodes.filter((n) => n.name.startsWith('Use the up and down arrow keys')).length).to.equal(1);
    expect(root(el).querySelector('.chart')!.getAttribute('aria-hidden')).to.equal('true');
    expect(root(el).querySelectorAll('.chart [tabindex]').length).to.equal(0);
    expect(root(el).querySelectorAll('ol [tabindex="0"]').length).to.equal(1);
  });
});

describe('<ik-deadline-timeline> working days, ongoing work and milestones from a pasted table', () => {
  const pasted = (holidays: string) => html`<ik-deadline-timeline
    holidays=${holidays}
    published="2026-11-27"
    as-of="2026-12-01"
  >
    <table>
      <thead><tr><th>Action</th><th>Timescale</th><th>Due date</th><th>Milestone</th></tr></thead>
      <tbody>
        <tr><td>Send the plan</td><td>Within 5 working days</td><td></td><td></td></tr>
        <tr><td>Audit case files</td><td>Ongoing</td><td></td><td></td></tr>
        <tr><td>Monitoring visit</td><td></td><td>2027-03-15</td><td>Yes</td></tr>
      </tbody>
    </table>
  </ik-deadline-timeline>`;
  const metaOf = (el: IkDeadlineTimeline) =>
    items(el).map(
      (li) => `${text(li.querySelector('.action-title'))}: ${text(li.querySelector('.action-status'))}`,
    );

  it('counts Scotland\'s bank holidays with holidays="scotland", and shows ongoing work and a milestone', async () => {
    const england = await ready(await fixture<IkDeadlineTimeline>(pasted('')));
    expect(text(items(england)[0]!.querySelector('.action-meta'))).to.contain('Due: 4 December 2026');
    const scotland = await ready(await fixture<IkDeadlineTimeline>(pasted('scotland')));
    expect(problems(scotland)).to.deep.equal([]);
    expect(text(items(scotland)[0]!.querySelector('.action-meta'))).to.contain('Due: 7 December 2026');
    expect(metaOf(scotland)).to.deep.equal([
      'Send the plan: Due soon: in 6 days',
      'Monitoring visit: Milestone, to come',
      'Audit case files: Ongoing',
    ]);
    expect(summary(scotland)).to.equal('As of 1 December 2026: 1 due soon, 1 ongoing');
    expect(root(scotland).querySelectorAll('line.ongoing').length).to.equal(1);
  });

  it('says where a holidays value is not one it knows, and counts England and Wales meanwhile', async () => {
    const el = await ready(await fixture<IkDeadlineTimeline>(pasted('wales')));
    expect(problems(el)).to.deep.equal([
      'The holidays attribute: "wales" is not a word this takes: use england-and-wales, scotland or northern-ireland. Until then, the default, england-and-wales, is used',
    ]);
    expect(text(items(el)[0]!.querySelector('.action-meta'))).to.contain('Due: 4 December 2026');
  });
});
