/**
 * The widgets whose exports are pinned in test/export/expected/: one of each from the Leeds report (the seed
 * documents), and one of each with text a spreadsheet would run as a formula.
 */
import { html, type TemplateResult } from 'lit';

export const leeds = (await (await fetch('/test/fixtures/leeds-report.json')).json()) as Record<
  string,
  unknown
>;

/** Cells a spreadsheet would run: each must come out with an apostrophe before it. */
const RUN = ['=HYPERLINK("http://example.com","Click")', '+44 113 222 4444', '-2+3', '@SUM(1+1)', '\tTabbed'];

export const CASES: readonly { name: string; template: TemplateResult }[] = [
  {
    name: 'grid-leeds',
    template: html`<ik-judgement-grid .data=${leeds} select="inspection2010"></ik-judgement-grid>`,
  },
  { name: 'rag-leeds', template: html`<ik-rag-matrix .data=${leeds} select="progress2009"></ik-rag-matrix>` },
  {
    name: 'kpi-leeds',
    template: html`<ik-kpi-sparkline .data=${leeds} select="indicators" ref="NI 59"></ik-kpi-sparkline>`,
  },
  {
    name: 'timeline-leeds',
    template: html`<ik-deadline-timeline .data=${leeds} select="actions2010"></ik-deadline-timeline>`,
  },
  {
    name: 'grid-formulas',
    template: html`<ik-judgement-grid
      .data=${{
        columns: [{ id: 'a', label: '=Safeguarding' }],
        rows: RUN.map((label, i) => ({ label, grades: { a: i === 0 ? 'not judged' : i } })),
      }}
    ></ik-judgement-grid>`,
  },
  {
    name: 'rag-formulas',
    template: html`<ik-rag-matrix
      .data=${{
        columns: [{ id: 'q1', label: 'Q1' }],
        rows: RUN.map((label) => ({
          label,
          group: '-Group',
          cells: { q1: { value: -3.2, target: 0, polarity: 'up' } },
        })),
      }}
    ></ik-rag-matrix>`,
  },
  {
    name: 'kpi-formulas',
    template: html`<ik-kpi-sparkline
      .data=${{
        ref: '=NI 1',
        unit: 'count',
        target: -1,
        series: [
          { period: '2010-01', value: -3.2 },
          { period: '2010-02', value: 'c' },
          { period: '2010-03', value: '-1.5p' },
        ],
      }}
    ></ik-kpi-sparkline>`,
  },
  {
    name: 'timeline-formulas',
    template: html`<ik-deadline-timeline
      as-of="2010-02-12"
      .data=${{
        published: '2010-01-07',
        actions: RUN.map((title) => ({ title, timescale: 'Within three months', owner: '@owner' })),
      }}
    ></ik-deadline-timeline>`,
  },
];
