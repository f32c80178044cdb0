/**
 * The timeline's axis as the layout places it, in Welsh and English, at every width from 280 px (the least it
 * draws at) up: with the layout's width estimate (test/components/timeline-axis.test.ts checks it against the
 * browser's text), no two labels on a row overlap and none runs past the edge.
 */
import { expect } from 'chai';
import {
  estimateLabelWidth,
  layoutTimeline,
  TICK_STYLES,
  tickText,
} from '../../src/components/deadline-timeline/deadline-timeline.layout.js';
import { dayNumber, dayToDate, isoDate } from '../../src/core/periods.js';
import { intlCalls } from './intl-calls.js';

const start = dayNumber(2024, 1, 10);
function axis(span: number, width: number, locale: string, asOfAt = 0.5) {
  const data = {
    published: isoDate(start),
    asOf: isoDate(start + Math.round(span * asOfAt)),
    actions: [
      { title: 'Start', due: isoDate(start) },
      { title: 'End', due: isoDate(start + span) },
    ],
  };
  return layoutTimeline(data, '', { width, locale }).model;
}

describe('timeline axis (layout): labels never collide', () => {
  for (const locale of ['en-GB', 'cy'])
    it(`keeps tick and marker labels apart and inside the chart from a week to ten years, 280 to 1920 px (${locale})`, () => {
      for (const span of [7, 14, 45, 120, 200, 400, 800, 1500, 3650])
        for (const width of [280, 320, 400, 560, 720, 1024, 1366, 1920])
          for (const asOfAt of [0, 0.5, 1]) {
            const model = axis(span, width, locale, asOfAt);
            const where = `${span} days, ${width} px, as of at ${asOfAt}`;
            const ticks = model.ticks.filter((t) => t.label);
            expect(ticks.length, where).to.be.above(0);
            let right = Number.NEGATIVE_INFINITY;
            for (const t of ticks) {
              const w = estimateLabelWidth(t.label);
              expect(t.labelX - w / 2, `${where}: ${t.label}`).to.be.at.least(Math.max(0, right));
              right = t.labelX + w / 2;
              expect(right, `${where}: ${t.label}`).to.be.at.most(width);
            }
            for (const m of model.markers) {
              const w = estimateLabelWidth(m.label, true);
              const [l, r] = m.anchor === 'start' ? [m.labelX, m.labelX + w] : [m.labelX - w, m.labelX];
              expect(l, `${where}: ${m.label}`).to.be.at.least(0);
              expect(r, `${where}: ${m.label}`).to.be.at.most(width);
            }
          }
    });

  it('writes months and years as Intl does in the language, with the year at the first and each January', () => {
    const cy = axis(400, 720, 'cy')
      .ticks.map((t) => t.label)
      .filter(Boolean);
    expect(cy[0]).to.equal(
      new Intl.DateTimeFormat('cy', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(Date.UTC(2024, 0, 1)),
      ),
    );
    expect(cy.filter((l) => /\d{4}/.test(l)).length).to.equal(2);
    expect(axis(3650, 720, 'en-GB').ticks.map((t) => t.label)).to.include.members(['2024', '2030']);
    expect(axis(7, 720, 'en-GB').ticks.filter((t) => t.label)[0]!.label).to.match(/^\d+ Jan 2024$/);
  });

  it('writes British English tick labels by hand, as Intl does, on every day of 2023 to 2025 and in each style', () => {
    const styles = Object.keys(TICK_STYLES) as (keyof typeof TICK_STYLES)[];
    for (let day = dayNumber(2023, 1, 1); day <= dayNumber(2025, 12, 31); day++) {
      const date = dayToDate(day);
      for (const style of styles) {
        const intl = new Intl.DateTimeFormat('en-GB', { ...TICK_STYLES[style], timeZone: 'UTC' }).format(
          date,
        );
        expect(tickText(date, 'en-GB', style), `${isoDate(day)} ${style}`).to.equal(intl);
        expect(tickText(date, undefined, style), `${isoDate(day)} ${style}`).to.equal(intl);
      }
    }
  });

  it('never calls Intl for a British English or Welsh axis (its first use on a page loads ICU data)', () => {
    for (const locale of ['en-GB', 'cy']) {
      const calls = intlCalls(() => {
        for (const span of [7, 45, 400, 3650]) axis(span, 720, locale);
      });
      expect(calls, locale).to.deep.equal([]);
    }
    // Any other language is written by Intl.
    expect(intlCalls(() => axis(400, 720, 'fr-FR'))).to.include('format');
  });

  it('shifts the as-of label before its line at the right edge, and shortens a marker to its date where neither side fits', () => {
    const end = axis(200, 720, 'en-GB', 1).markers.find((m) => m.kind === 'today')!;
    expect([end.anchor, end.label]).to.deep.equal(['end', 'As of 28 Jul 2024']);
    const narrow = axis(7, 280, 'en-GB').markers.find((m) => m.kind === 'published')!;
    expect(narrow.label).to.equal('10 Jan 2024');
    expect(axis(7, 720, 'en-GB').markers.find((m) => m.kind === 'published')!.label).to.equal(
      'Published 10 Jan 2024',
    );
  });
});
