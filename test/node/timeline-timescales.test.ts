/**
 * The timeline with the timescales of action plans: working days (and whose bank holidays), ongoing work in its
 * own lane and count, work due by the next inspection, and milestones marked in a CSV or pasted table.
 */
import { expect } from 'chai';
import {
  layoutTimeline,
  type TimelineOptions,
} from '../../src/components/deadline-timeline/deadline-timeline.layout.js';
import { viewTimeline } from '../../src/components/deadline-timeline/deadline-timeline.view.js';
import { parseCsv, relocate } from '../../src/core/csv.js';
import { isoDate } from '../../src/core/periods.js';
import { readWith } from '../../src/core/schema.js';
import { timeline, timelineFromSheet } from '../../src/core/shapes/timeline.js';
import { plain } from '../setup/plain.js';

function layout(data: unknown, opts: TimelineOptions = {}) {
  const read = readWith(timeline, data);
  if (!read.value) throw new Error('unreadable');
  return layoutTimeline(read.value, 'actions', { width: 720, locale: 'en-GB', asOf: '2026-11-20', ...opts });
}
const ui = { filter: undefined, current: undefined, drawnRows: undefined, locale: 'en-GB' };

describe('timeline: working days', () => {
  const data = {
    published: '2026-11-27',
    actions: [{ title: 'Send the plan to Ofsted', timescale: 'Within 5 working days' }],
  };
  it("counts England and Wales's bank holidays by default, and Scotland's with holidays=scotland", () => {
    expect(isoDate(layout(data).model.actions[0]!.due!)).to.equal('2026-12-04');
    const scotland = layout(data, { holidays: 'scotland' });
    expect(scotland.problems).to.deep.equal([]);
    expect(isoDate(scotland.model.actions[0]!.due!)).to.equal('2026-12-07');
    expect(scotland.model.actions[0]!.dueText).to.equal('7 December 2026');
  });
  it('places a working-day count past 2035 as a problem on its timescale', () => {
    const late = layout({
      published: '2035-12-20',
      actions: [{ title: 'X', timescale: 'Within 20 working days' }],
    });
    expect(plain(late.problems)).to.deep.equal([
      {
        path: 'actions[0].timescale',
        message:
          '"Within 20 working days" counts working days into 2036, but the kit knows the bank holidays of England and Wales from 2000 to 2035 only: give the action its "due" date instead',
      },
    ]);
  });
});

describe('timeline: ongoing work and work due by the next inspection', () => {
  const data = {
    published: '2026-10-01',
    actions: [
      { title: 'Audit case files', theme: 'Practice', timescale: 'Ongoing' },
      { title: 'Supervision', theme: 'Practice', timescale: 'continuous', status: 'in progress' },
      { title: 'Plan to board', theme: 'Practice', due: '2027-01-15' },
      { title: 'Show the impact', theme: 'Practice', timescale: 'By the next inspection' },
    ],
  };
  it('gives ongoing work its own lane and count, with no problem', () => {
    const { model, problems } = layout(data);
    expect(problems).to.deep.equal([]);
    expect(model.counts.ongoing).to.equal(2);
    expect(model.summary).to.equal('1 not yet due · 2 ongoing');
    expect(model.lanes.map((l) => l.label)).to.deep.equal(['Practice', 'Ongoing']);
    const ongoing = model.actions.filter((a) => a.kind === 'ongoing');
    expect(ongoing.map((a) => [a.title, a.lane, a.statusText, a.dueText])).to.deep.equal([
      ['Audit case files', 'Ongoing', 'Ongoing', 'No end date'],
      ['Supervision', 'Ongoing', 'Ongoing', 'No end date'],
    ]);
    // Drawn along the axis from the publication date, its mark at the as-of date, one line each.
    const [a, b] = ongoing;
    expect(a!.x).to.equal(model.markers.find((m) => m.kind === 'today')!.x);
    expect(a!.from).to.equal(model.markers.find((m) => m.kind === 'published')!.x);
    expect(b!.y! - a!.y!).to.equal(20);
    const view = viewTimeline(model, ui);
    expect(view.filters.items.map((f) => f.text)).to.deep.equal(['Not yet due (1)', 'Ongoing (2)']);
  });
  it('says "by the next inspection" as such, not as a missing due date', () => {
    const { model } = layout(data);
    const next = model.actions.find((a) => a.title === 'Show the impact')!;
    expect([next.dueText, next.statusText, next.kind, next.open]).to.deep.equal([
      'By the next inspection',
      'No date: due by the next inspection',
      'no due date',
      'next inspection',
    ]);
    const view = viewTimeline(model, { ...ui, spoken: next.key });
    expect(view.announcement).to.equal(
      '4 of 4. By the next inspection. No date: due by the next inspection.',
    );
  });
});

describe('timeline: done work with no due date', () => {
  it('is done, drawn and counted as done, whether due by the next inspection or ongoing', () => {
    const { model } = layout({
      published: '2026-10-01',
      actions: [
        {
          title: 'Show the impact',
          timescale: 'By the next inspection',
          status: 'done',
          completed: '2026-11-01',
        },
        { title: 'Audit case files', timescale: 'Ongoing', status: 'done' },
        { title: 'Plan to board', due: '2026-10-15' },
      ],
    });
    const [next, ongoing] = ['Show the impact', 'Audit case files'].map(
      (t) => model.actions.find((a) => a.title === t)!,
    );
    expect([next!.kind, next!.statusText]).to.deep.equal(['done', 'Done on 1 November 2026']);
    expect([ongoing!.kind, ongoing!.statusText]).to.deep.equal(['done', 'Done']);
    expect(model.counts.done).to.equal(2);
  });
});

describe('timeline: a milestone column in a CSV or pasted table', () => {
  it('reads true, yes, y and 1 as a milestone, and a blank, no, n or 0 as an action', () => {
    const sheet = parseCsv(`title,due,Milestone
Improvement plan to board,2026-03-01,Yes
Refresh the plan,2026-03-02,
Monitoring visit,2026-03-03,y
Annual conversation,2026-03-04,1
Report to scrutiny,2026-03-05,TRUE
Audit,2026-03-06,no
Review,2026-03-07,0`);
    const built = timelineFromSheet(sheet);
    const read = readWith(timeline, built.value);
    expect(relocate(read.problems, built.origins)).to.deep.equal([]);
    const { model } = layoutTimeline(read.value!, 'actions', { asOf: '2026-01-01', locale: 'en-GB' });
    expect(model.actions.map((a) => a.kind)).to.deep.equal([
      'milestone',
      'not yet due',
      'milestone',
      'milestone',
      'milestone',
      'not yet due',
      'not yet due',
    ]);
    expect(model.lanes.map((l) => l.label)).to.deep.equal(['Milestones', 'No theme']);
  });
  it('says where a milestone cell is neither yes nor no', () => {
    const built = timelineFromSheet(parseCsv('title,due,milestone\nBoard,2026-03-01,perhaps'));
    const read = readWith(timeline, built.value);
    expect(relocate(read.problems, built.origins).map((p) => p.path)).to.deep.equal([
      'CSV row 2 (milestone)',
    ]);
  });
});

describe('timeline: a count "of the inspection"', () => {
  it('says it was counted from publication, as the data gives no inspection date', () => {
    const { model } = layout({
      published: '2024-01-08',
      actions: [{ title: 'Review plans', timescale: 'Within 70 working days of the inspection' }],
    });
    expect(model.actions[0]!.dueText).to.equal(
      '17 April 2024 (counted from publication, as the data gives no inspection date)',
    );
  });

  it('counts from the document’s "inspected" date when given, and then says nothing of publication', () => {
    const { model, problems } = layout({
      published: '2024-01-08',
      inspected: '2023-11-24',
      actions: [
        { title: 'Review plans', timescale: 'Within 70 working days of the inspection' },
        { title: 'Publish the plan', timescale: 'Within 20 working days' },
      ],
    });
    expect(problems).to.deep.equal([]);
    // 25, 26 December 2023 and 1 January 2024 skipped; the second still counts from publication.
    expect(model.actions.map((a) => `${a.title}: ${a.dueText}`)).to.deep.equal([
      'Publish the plan: 5 February 2024',
      'Review plans: 6 March 2024',
    ]);
  });

  it('takes the inspected attribute for a CSV, over the data’s, and reports one it cannot read', () => {
    const built = timelineFromSheet(
      parseCsv('title,timescale\nReview plans,Within 70 working days of the inspection\n'),
    );
    const read = readWith(timeline, built.value);
    const opts = { width: 720, locale: 'en-GB', asOf: '2024-01-10' };
    const given = layoutTimeline(read.value!, 'actions', { ...opts, inspected: '2023-11-24' });
    expect(given.problems).to.deep.equal([]);
    expect(given.model.actions[0]!.dueText).to.equal('6 March 2024');
    const wrong = layoutTimeline(read.value!, 'actions', { ...opts, inspected: '24/13/2023' });
    expect(wrong.problems.map((p) => p.path)).to.include('inspected');
  });
});
