/**
 * Column headers as board papers and council trackers title them (docs/reference.md §5.3, §5.4): an alias is
 * read where the column's own header is absent, never as a guess between two.
 */
import { expect } from 'chai';
import { parseCsv, relocate } from '../../src/core/csv.js';
import { readWith } from '../../src/core/schema.js';
import { kpiDocument, kpisFromSheet } from '../../src/core/shapes/kpi.js';
import { timeline, timelineFromSheet } from '../../src/core/shapes/timeline.js';
import { plain } from '../setup/plain.js';

const actions = (csv: string) => {
  const built = timelineFromSheet(parseCsv(csv));
  return { built, read: readWith(timeline, built.value) };
};
const kpis = (csv: string) => {
  const built = kpisFromSheet(parseCsv(csv));
  return { built, read: readWith(kpiDocument, built.value) };
};

describe('timeline headers as board papers write them', () => {
  it('reads "Area", "Recommendation", "Due date", "Responsible officer" and "Date completed" as theme, title, due, owner and completed', () => {
    const { built, read } = actions(`Area,Recommendation,Due date,Responsible officer,Status,Date completed
Safeguarding,Refresh the improvement plan,2010-03-31,Interim Director,done,2010-03-30
Looked after children,Review placement stability,2010-06-30,Head of Service,in progress,`);
    expect(built.problems).to.deep.equal([]);
    expect(read.problems).to.deep.equal([]);
    expect(built.value).to.deep.equal({
      actions: [
        {
          theme: 'Safeguarding',
          title: 'Refresh the improvement plan',
          due: '2010-03-31',
          owner: 'Interim Director',
          status: 'done',
          completed: '2010-03-30',
        },
        {
          theme: 'Looked after children',
          title: 'Review placement stability',
          due: '2010-06-30',
          owner: 'Head of Service',
          status: 'in progress',
        },
      ],
    });
  });

  it('reads every listed alias of each column, in any case and with spaces, _ or - alike', () => {
    const cases: [header: string, field: string][] = [
      ['Action', 'title'],
      ['recommendation', 'title'],
      ['Area for improvement', 'title'],
      ['DUE_DATE', 'due'],
      ['Deadline', 'due'],
      ['Target date', 'due'],
      ['Lead', 'owner'],
      ['Responsible-officer', 'owner'],
      ['Officer', 'owner'],
      ['Completed on', 'completed'],
      ['Area', 'theme'],
    ];
    for (const [header, field] of cases) {
      const csv = field === 'title' ? `${header},due\nx,2010-03-31` : `title,${header}\nAn action,x`;
      const first = (actions(csv).built.value as { actions: Record<string, string>[] }).actions[0];
      expect(first?.[field], header).to.equal('x');
    }
  });

  it('the column\'s own header wins over an alias beside it: "title" is read, "Action" is not', () => {
    const { built } = actions('Action,title,due\nSomething else,The real title,2010-03-31');
    expect(built.problems).to.deep.equal([]);
    expect((built.value as { actions: { title: string }[] }).actions[0]!.title).to.equal('The real title');
  });

  it('two aliases of one column and not its own header: neither is read, and the problem names both', () => {
    const { built } = actions('Action,Recommendation,Deadline\nOne,Two,2010-03-31');
    expect(plain(built.problems)).to.deep.equal([
      {
        path: 'CSV row 1',
        message:
          'the columns "Action" and "Recommendation" could each be the title, so none of them is read: head the one to use "title"',
      },
    ]);
    const due = actions('title,Due date,Deadline,Target date\nAn action,2010-03-31,2010-04-30,2010-05-31');
    expect(plain(due.built.problems)).to.deep.equal([
      {
        path: 'CSV row 1',
        message:
          'the columns "Due date", "Deadline" and "Target date" could each be the due date, so none of them is read: head the one to use "due"',
      },
    ]);
    expect((due.built.value as { actions: Record<string, string>[] }).actions[0]!.due).to.equal(undefined);
  });
});

describe('KPI headers as performance reports write them', () => {
  it('reads "PI ref", "Indicator", "Quarter" and "Outturn" as ref, title, period and value', () => {
    const { built, read } = kpis(`PI ref,Indicator,Quarter,Outturn,target,unit
NI 59,Initial assessments within 7 days,Q3 2009/10,58.3,80,%
NI 59,,Q4 2009/10,59.7,80,`);
    expect(built.problems).to.deep.equal([]);
    expect(read.problems).to.deep.equal([]);
    const [ni59] = read.value!.kpis;
    expect(ni59!.ref).to.equal('NI 59');
    expect(ni59!.title).to.equal('Initial assessments within 7 days');
    expect(ni59!.series.map((p) => [p.period, p.value])).to.deep.equal([
      ['Q3 2009/10', 58.3],
      ['Q4 2009/10', 59.7],
    ]);
  });

  it('reads every listed alias of each column', () => {
    const cases: [header: string, field: 'ref' | 'title' | 'period' | 'value'][] = [
      ['Reference', 'ref'],
      ['PI', 'ref'],
      ['PI ref', 'ref'],
      ['Code', 'ref'],
      ['Indicator', 'title'],
      ['Measure', 'title'],
      ['Description', 'title'],
      ['Quarter', 'period'],
      ['Month', 'period'],
      ['Year', 'period'],
      ['Actual', 'value'],
      ['Outturn', 'value'],
      ['Result', 'value'],
    ];
    const cell = { ref: 'NI 59', title: 'Assessments', period: '2009/10', value: '73' };
    for (const [header, field] of cases) {
      const fields = (['ref', 'title', 'period', 'value'] as const).map((f) => (f === field ? header : f));
      const csv = `${fields.join(',')}\n${Object.values(cell).join(',')}`;
      const { built, read } = kpis(csv);
      expect(built.problems, header).to.deep.equal([]);
      const k = read.value!.kpis[0]!;
      const got = {
        ref: k.ref,
        title: k.title,
        period: k.series[0]!.period,
        value: String(k.series[0]!.value),
      };
      expect(got, header).to.deep.equal(cell);
    }
  });

  it('"value" beside "Actual" is the value read; "Year" and "Quarter" together are named, not guessed between', () => {
    const own = kpis('ref,period,Actual,value\nNI 59,2009/10,1,73');
    expect(own.read.value!.kpis[0]!.series[0]!.value).to.equal(73);
    const { built } = kpis('ref,Year,Quarter,value\nNI 59,2009/10,Q4,73');
    expect(plain(relocate(built.problems, built.origins))).to.deep.equal([
      {
        path: 'CSV row 1',
        message:
          'the columns "Year" and "Quarter" could each be the period, so none of them is read: head the one to use "period"',
      },
    ]);
    expect(built.value).to.deep.equal({ kpis: [] });
  });
});
