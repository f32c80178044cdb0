import { expect, html } from '@open-wc/testing';
import type { IkElement } from '../../src/base/ik-element.js';
import { drawn, leeds, problemPaths, problems, text } from '../base/speech.js';

describe('data for another widget, or the wrong part of a report', () => {
  it('refuses RAG data in the judgement grid, naming the RAG matrix and the parts that would work', async () => {
    const el = await drawn(
      html`<ik-judgement-grid src="/test/fixtures/leeds-report.json" select="progress2009"></ik-judgement-grid>`,
    );
    await (el as unknown as IkElement<object, unknown>).updateComplete;
    const { waitUntil } = await import('@open-wc/testing');
    await waitUntil(() => el.getAttribute('state') === 'error' || el.getAttribute('state') === 'ready');
    expect(el.getAttribute('state')).to.equal('error');
    // The tag has a select already: it is told to change it, not to add a second one.
    expect(problems(el)).to.deep.equal([
      'The part chosen by select="progress2009": looks like data for a RAG matrix (its rows have cells with statuses), not a judgement grid: use <ik-rag-matrix> for it, or change select="progress2009" to select="inspection2010"',
    ]);
    expect(el.shadowRoot!.querySelectorAll('td').length).to.equal(0);
  });

  it('refuses judgement data in the RAG matrix', async () => {
    const el = await drawn(html`<ik-rag-matrix .data=${leeds.inspection2010}></ik-rag-matrix>`);
    expect(el.getAttribute('state')).to.equal('error');
    expect(problems(el)).to.deep.equal([
      'The data: looks like data for a judgement grid (its rows have grades), not a RAG matrix: use <ik-judgement-grid> for it',
    ]);
  });

  it('refuses actions in the KPI sparkline and indicators in the timeline', async () => {
    const kpi = await drawn(html`<ik-kpi-sparkline .data=${leeds.actions2010}></ik-kpi-sparkline>`);
    expect(kpi.getAttribute('state')).to.equal('error');
    expect(problems(kpi)[0]).to.match(
      /^The data: looks like data for a deadline timeline \(it has actions\), not a KPI sparkline: use <ik-deadline-timeline>/,
    );
    const timeline = await drawn(
      html`<ik-deadline-timeline .data=${leeds.indicators}></ik-deadline-timeline>`,
    );
    expect(timeline.getAttribute('state')).to.equal('error');
    expect(problems(timeline)[0]).to.match(/^The data: looks like data for a KPI sparkline/);
  });

  it('names the keys of a whole report given with no select, and the one that suits the widget', async () => {
    const el = await drawn(html`<ik-deadline-timeline .data=${leeds}></ik-deadline-timeline>`);
    expect(el.getAttribute('state')).to.equal('error');
    expect(problems(el)).to.deep.equal([
      'The data: is a whole report, not the data for one deadline timeline: add select="actions2010" to the tag (the report holds authority, _comment, inspection2010, progress2009, indicators and actions2010)',
    ]);
  });

  it('refuses a RAG matrix’s CSV in the judgement grid instead of reading its columns as grades', async () => {
    const el = await drawn(html`<ik-judgement-grid format="csv">
      <script type="text/csv">
row,group,column,status_or_rating
Attendance of looked after children,Looked after children,Q1,green
      </script>
    </ik-judgement-grid>`);
    expect(el.getAttribute('state')).to.equal('error');
    expect(problems(el)).to.deep.equal([
      'CSV row 1: looks like a table for a RAG matrix (its columns are row, group, column and status_or_rating), not a judgement grid: use <ik-rag-matrix> for it',
    ]);
  });

  it('still draws a grid whose rows have no grades yet', async () => {
    const el = await drawn(
      html`<ik-judgement-grid .data=${{ columns: [{ id: 'a', label: 'A' }], rows: [{ label: 'Safeguarding' }] }}></ik-judgement-grid>`,
    );
    expect(el.getAttribute('state')).to.equal('ready');
    expect(problems(el)).to.deep.equal([]);
  });
});

describe('numbers and dates as Excel formats them', () => {
  it('draws a per cent card from a CSV of 76.5% values and Mar-10 periods, with no problem', async () => {
    const el = await drawn(html`<ik-kpi-sparkline variant="card" format="csv">
      <script type="text/csv">
ref,title,period,value,target,unit
NI 59,Initial assessments,Jan-10,58.3%,80%,%
NI 59,Initial assessments,Mar-10,76.5%,80%,%
      </script>
    </ik-kpi-sparkline>`);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(problems(el)).to.deep.equal([]);
    const card = text(el.shadowRoot!.querySelector('.card'));
    expect(card).to.contain('76.5%');
    expect(card).to.contain('80%');
    expect(card).to.not.contain('No value yet');
  });

  it('names the fix for £1.2m in a count indicator', async () => {
    const el = await drawn(
      html`<ik-kpi-sparkline variant="card" .data=${{ unit: 'count', series: [{ period: '2010', value: '£1.2m' }] }}></ik-kpi-sparkline>`,
    );
    expect(problems(el)).to.deep.equal([
      'Point "2010", value: "£1.2m" is written as money or with k, m or bn: write the plain number, 1200000, and name the currency or unit in the title',
    ]);
    expect(problemPaths(el)).to.deep.equal(['Path in the data: series[0].value']);
  });

  it('places an action whose due date is an Excel serial number on its day', async () => {
    const el = await drawn(
      html`<ik-deadline-timeline .data=${{ asOf: 40309, actions: [{ title: 'Plan to board', due: 40268 }] }}></ik-deadline-timeline>`,
    );
    expect(el.getAttribute('state')).to.equal('ready');
    expect(problems(el)).to.deep.equal([]);
    expect(text(el.shadowRoot!.querySelector('[part="list"]'))).to.contain('31 March 2010');
  });
});
