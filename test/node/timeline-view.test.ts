/**
 * What the timeline's pure view says: the one-line summary, the "Showing …" line, the tooltip (and that
 * Escape's dismissal holds only for its action) and what the live region says as focus moves in the list.
 * Fixed locale and dates; the spoken words are also kept as a snapshot, so a change in them is a reviewed diff.
 */
import { expect } from 'chai';
import { shownLine } from '../../src/base/filter-view.js';
import { layoutTimeline } from '../../src/components/deadline-timeline/deadline-timeline.layout.js';
import {
  type TimelineUi,
  timelineSummary,
  viewTimeline,
} from '../../src/components/deadline-timeline/deadline-timeline.view.js';
import { readWith } from '../../src/core/schema.js';
import { timeline } from '../../src/core/shapes/timeline.js';
import { fixtureJson } from './fixtures.js';
import { matchSnapshot } from './snapshot.js';

const LOCALE = 'en-GB';
const ui = (over: Partial<TimelineUi> = {}): TimelineUi => ({
  filter: undefined,
  current: undefined,
  drawnRows: undefined,
  locale: LOCALE,
  ...over,
});
function model(data: unknown, asOf?: string) {
  const read = readWith(timeline, data);
  if (!read.value) throw new Error('unreadable');
  return layoutTimeline(read.value, 'actions', { width: 720, locale: LOCALE, ...(asOf ? { asOf } : {}) })
    .model;
}
const leeds = () => fixtureJson('leeds-report.json').actions2010;

describe('timeline view: the shown line agrees with the summary', () => {
  it('counts the Leeds actions as the summary does (24) and the 4 milestones apart', () => {
    const view = viewTimeline(model(leeds(), '2010-05-11'), ui());
    expect(view.summary).to.equal('As of 11 May 2010: 18 overdue, 6 not yet due');
    expect(view.filters.shown).to.equal('Showing all 24 actions and 4 milestones');
    expect(viewTimeline(model(leeds(), '2010-05-11'), ui({ filter: 'overdue' })).filters.shown).to.equal(
      'Showing 18 of 24 actions: those overdue',
    );
  });

  it('says "1 milestone" and "1 action" in the singular', () => {
    const data = {
      published: '2010-01-07',
      actions: [
        { title: 'A', timescale: 'Immediately' },
        { title: 'Board', due: '2010-03-01', milestone: true },
      ],
    };
    expect(viewTimeline(model(data, '2010-02-12'), ui()).filters.shown).to.equal(
      'Showing 1 action and 1 milestone',
    );
  });
});

describe('timeline view: the summary line', () => {
  it('gives the as-of date and the counts by derived status, commas and no "·"', () => {
    expect(timelineSummary(model(leeds(), '2010-04-01'), LOCALE)).to.equal(
      'As of 1 April 2010: 9 overdue, 9 due soon, 6 not yet due',
    );
    expect(viewTimeline(model(leeds(), '2010-05-11'), ui()).summary).to.equal(
      'As of 11 May 2010: 18 overdue, 6 not yet due',
    );
  });

  it('counts done actions, says "today" when no as-of date is given, and says when nothing has a due date', () => {
    const done = model({
      asOf: '2010-05-11',
      published: '2010-01-07',
      actions: [
        { title: 'A', timescale: 'Immediately', status: 'done', completed: '2010-01-05' },
        { title: 'B', timescale: 'Within three months' },
        { title: 'C', due: '2010-05-20' },
        { title: 'D', due: '2010-09-20' },
      ],
    });
    expect(timelineSummary(done, LOCALE)).to.equal(
      'As of 11 May 2010: 1 overdue, 1 due soon, 1 done, 1 not yet due',
    );
    const undated = model({ actions: [{ title: 'Milestone', milestone: true }] });
    expect(timelineSummary(undated, LOCALE)).to.match(
      /^As of today, \d+ \w+ \d{4}: no actions with due dates$/,
    );
  });
});

describe('filter view: the "Showing …" line', () => {
  const noun = ['action', 'actions'] as const;
  it('is singular for one, plural for more, and "the one" or "those" under a filter', () => {
    expect(shownLine({ shown: 1, total: 1, noun, locale: LOCALE })).to.equal('Showing 1 action');
    expect(shownLine({ shown: 0, total: 0, noun, locale: LOCALE })).to.equal('Showing no actions');
    expect(shownLine({ shown: 28, total: 28, noun, locale: LOCALE })).to.equal('Showing all 28 actions');
    expect(shownLine({ shown: 1, total: 28, noun, which: 'overdue', locale: LOCALE })).to.equal(
      'Showing 1 of 28 actions: the one overdue',
    );
    expect(shownLine({ shown: 9, total: 28, noun, which: 'due soon', locale: LOCALE })).to.equal(
      'Showing 9 of 28 actions: those due soon',
    );
    expect(shownLine({ shown: 1, total: 1, noun, which: 'done', locale: LOCALE })).to.equal(
      'Showing 1 of 1 action: the one done',
    );
  });
});

describe('timeline view: tooltip and live region', () => {
  it('drops the tooltip Escape dismissed, for that action only', () => {
    const m = model(leeds(), '2010-05-11');
    const [a, b] = m.actions.filter((x) => x.x !== undefined);
    expect(viewTimeline(m, ui({ current: a!.key })).tip).to.be.a('string');
    expect(viewTimeline(m, ui({ current: a!.key, dismissed: a!.key })).tip).to.equal(undefined);
    expect(viewTimeline(m, ui({ current: b!.key, dismissed: a!.key })).tip).to.be.a('string');
  });

  it('says the position among the shown actions, the due date, status and owner, not the title', () => {
    const m = model(
      {
        published: '2010-01-07',
        actions: [
          { title: 'Audit case files', timescale: 'Immediately', owner: 'Head of service' },
          { title: 'Train managers', timescale: 'Within three months' },
          { title: 'Report to Cabinet', due: '2010-03-31', milestone: true },
        ],
      },
      '2010-02-12',
    );
    const keys = m.actions.map((a) => a.key);
    expect(viewTimeline(m, ui()).announcement).to.equal('');
    expect(viewTimeline(m, ui({ spoken: keys[0] })).announcement).to.equal(
      '1 of 3. Due 7 January 2010 (Immediately). Overdue by 36 days. Owner: Head of service.',
    );
    expect(viewTimeline(m, ui({ spoken: keys[1] })).announcement).to.equal(
      '2 of 3. Due 31 March 2010. Milestone, to come.',
    );
    expect(viewTimeline(m, ui({ spoken: keys[2], filter: 'not yet due' })).announcement).to.equal(
      '1 of 1. Due 7 April 2010 (Within three months). Not yet due: in 54 days.',
    );
  });

  it('keeps what the Leeds 2010 timeline says in a snapshot', () => {
    const m = model(leeds(), '2010-05-11');
    const overdue = m.actions.find((a) => a.kind === 'overdue')!.key;
    const views = [
      ui(),
      ui({ filter: 'overdue', current: overdue, spoken: overdue }),
      ui({ filter: 'not yet due' }),
    ].map((u) => viewTimeline(m, u));
    matchSnapshot(
      'view-timeline-leeds-actions2010-words',
      views.map((v) => ({
        summary: v.summary,
        buttons: [v.filters.all, ...v.filters.items.map((i) => i.text)],
        shown: v.filters.shown,
        tip: v.tip ?? null,
        announcement: v.announcement,
        instructions: v.instructions,
      })),
    );
  });
});
