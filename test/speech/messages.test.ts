/**
 * Every kind of problem an editor meets, as the widget shows it: the catalogue is pinned in
 * test/speech/expected/messages-*.txt (reviewed as a diff when wording changes; `UPDATE_SPEECH=1` rewrites
 * it), and each message is held to the rules an editor needs (issue #15):
 * - it starts with the place in the editor's words (row label, column heading, indicator ref, action title),
 *   never with a data path (`rows[3]`), which follows on its own line for whoever maintains the file;
 * - no programmer's words for data types (null, object, array, list, string, boolean, undefined, NaN);
 * - it says what to do (a verb of fixing: use, write, give, add, remove, put, choose, save, select, check, split).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { leeds, problemPaths, problems, type Widget } from '../base/speech.js';
import { expectText } from '../setup/speech.js';

interface Case {
  name: string;
  /** A template, or markup as an editor pastes it (inline scripts cannot be bound in a template). */
  template: TemplateResult | string;
}

const grid = leeds.inspection2010 as unknown as {
  columns: { id: string; label: string }[];
  rows: Record<string, unknown>[];
};
const clone = <T>(v: T): T => structuredClone(v);

function gridWith(edit: (doc: typeof grid) => void): typeof grid {
  const doc = clone(grid);
  edit(doc);
  return doc;
}

const kpi = leeds.indicators.kpis[0] as unknown as Record<string, unknown> & {
  series: Record<string, unknown>[];
};
function kpiWith(edit: (doc: typeof kpi) => void): typeof kpi {
  const doc = clone(kpi);
  edit(doc);
  return doc;
}

const actions = leeds.actions2010 as unknown as { actions: Record<string, unknown>[] } & Record<
  string,
  unknown
>;
function actionsWith(edit: (doc: typeof actions) => void): typeof actions {
  const doc = clone(actions);
  edit(doc);
  return doc;
}

const CASES: Record<string, Case[]> = {
  grid: [
    {
      name: 'a misspelt grade, a grade number off the scale, a number that disagrees with its word',
      template: html`<ik-judgement-grid
        .data=${gridWith((d) => {
          (d.rows[0]!.grades as Record<string, unknown>)[d.columns[0]!.id] = 'Adequte';
          (d.rows[1]!.grades as Record<string, unknown>)[d.columns[0]!.id] = 7;
          (d.rows[2]!.grades as Record<string, unknown>)[d.columns[0]!.id] = 'Grade 2 (Adequate)';
        })}
      ></ik-judgement-grid>`,
    },
    {
      name: 'a row with no label, a grade under a column that is not there, an id used twice',
      template: html`<ik-judgement-grid
        .data=${gridWith((d) => {
          delete d.rows[1]!.label;
          (d.rows[0]!.grades as Record<string, unknown>).safety = 'Good';
          d.rows[2]!.id = d.rows[0]!.id ?? 'x';
          if (d.rows[0]!.id === undefined) d.rows[0]!.id = 'x';
        })}
      ></ik-judgement-grid>`,
    },
    {
      name: 'rows written as one item, not several',
      template: html`<ik-judgement-grid .data=${{ ...grid, rows: { label: 'x' } }}></ik-judgement-grid>`,
    },
    {
      name: 'a cell written as several values, an empty cell, a note that is a number',
      template: html`<ik-judgement-grid
        .data=${gridWith((d) => {
          (d.rows[0]!.grades as Record<string, unknown>)[d.columns[0]!.id] = ['Good', 'Adequate'];
          (d.rows[1]!.grades as Record<string, unknown>)[d.columns[0]!.id] = {
            grade: 'Good',
            note: 5,
            href: 7,
          };
          (d.rows[2]!.grades as Record<string, unknown>)[d.columns[0]!.id] = { note: 'no grade' };
        })}
      ></ik-judgement-grid>`,
    },
    {
      name: 'an unknown scale attribute',
      template: html`<ik-judgement-grid scale="ofsted" .data=${grid}></ik-judgement-grid>`,
    },
    {
      name: 'an export attribute naming a kind of download the kit does not make',
      template: html`<ik-judgement-grid export="csv pdf" .data=${grid}></ik-judgement-grid>`,
    },
    {
      name: 'a CSV with a misspelt grade and a row too long',
      template:
        '<ik-judgement-grid><script type="text/csv">Area,Safeguarding,Looked after children\nOverall effectiveness,Inadequte,Adequate\nCapacity,Good,Good,Good\n</script></ik-judgement-grid>',
    },
    {
      name: 'a grade in a column of judgements in words (the narrative scale)',
      template:
        '<ik-judgement-grid scale="narrative"><script type="text/csv">School,Standards\nYsgol Un,Most pupils make strong progress.\nYsgol Dau,Goood\n</script></ik-judgement-grid>',
    },
    {
      name: 'JSON with a trailing comma',
      template:
        '<ik-judgement-grid><script type="application/json">\n{ "rows": [],\n}\n</script></ik-judgement-grid>',
    },
    {
      name: 'a whole report with no select',
      template: html`<ik-judgement-grid .data=${leeds}></ik-judgement-grid>`,
    },
    {
      name: 'a select that is not in the report',
      template: html`<ik-judgement-grid select="inspection2009" .data=${leeds}></ik-judgement-grid>`,
    },
    {
      name: 'RAG data in the grid',
      template: html`<ik-judgement-grid .data=${leeds} select="progress2009"></ik-judgement-grid>`,
    },
    {
      name: 'a number where the data should be',
      template: html`<ik-judgement-grid .data=${42}></ik-judgement-grid>`,
    },
    {
      name: 'a row given as a row under itself (.data from a page script)',
      template: html`<ik-judgement-grid
        .data=${gridWith((d) => {
          const row = d.rows[1]!;
          row.children = [...((row.children as unknown[] | undefined) ?? []), row];
        })}
      ></ik-judgement-grid>`,
    },
  ],
  'rag-matrix': [
    {
      name: 'export none with another kind beside it',
      template: html`<ik-rag-matrix export="none png" .data=${leeds.progress2009}></ik-rag-matrix>`,
    },
    {
      name: 'the Leeds board paper, selected, with its "3333" rating',
      template: html`<ik-rag-matrix .data=${leeds} select="progress2009"></ik-rag-matrix>`,
    },
    {
      name: 'a status that is not one, a value without a target, a group-by that is not a choice',
      template: html`<ik-rag-matrix
        group-by="owner"
        .data=${{
          columns: [{ id: 'q1', label: 'Quarter 1' }],
          rows: [
            { label: 'Reduce exclusions', cells: { q1: 'purple' } },
            { label: 'Raise attendance', cells: { q1: { value: 'high', target: 90 } } },
            { label: 'Cut NEET', cells: { q2: 'green' } },
          ],
        }}
      ></ik-rag-matrix>`,
    },
    {
      name: 'a pasted table with an unknown rating',
      template: html`<ik-rag-matrix
        ><table>
          <tr><th>Item</th><th>April 2009</th></tr>
          <tr><td>Reduce exclusions</td><td>Grate</td></tr>
          <tr><td>Raise attendance</td><td>Good</td></tr>
        </table></ik-rag-matrix
      >`,
    },
  ],
  'kpi-sparkline': [
    {
      name: 'Excel values in a count, a period that is not one, a polarity that is not one',
      template: html`<ik-kpi-sparkline
        .data=${kpiWith((d) => {
          d.unit = 'count';
          d.polarity = 'sideways';
          d.series[0]!.value = '76.5%';
          d.series[1]!.value = '£1.2m';
          d.series.push({ period: 'Quarter 5', value: 60 });
        })}
      ></ik-kpi-sparkline>`,
    },
    {
      name: 'a period written twice, a range with no range, a tolerance below zero',
      template: html`<ik-kpi-sparkline
        .data=${kpiWith((d) => {
          d.polarity = 'range';
          delete d.target;
          d.tolerance = -2;
          d.series[1]!.period = d.series[0]!.period;
        })}
      ></ik-kpi-sparkline>`,
    },
    {
      name: 'a ref that is not in the indicators, and a variant that is not one',
      template: html`<ik-kpi-sparkline ref="NI 999" variant="cards" .data=${leeds.indicators}></ik-kpi-sparkline>`,
    },
    {
      name: 'several indicators and no ref',
      template: html`<ik-kpi-sparkline .data=${leeds.indicators}></ik-kpi-sparkline>`,
    },
    {
      name: 'a CSV with no value column',
      template:
        '<ik-kpi-sparkline><script type="text/csv">ref,title,period\nNI 59,Initial assessments,2009/10\n</script></ik-kpi-sparkline>',
    },
  ],
  'deadline-timeline': [
    {
      name: 'a due date that is not a date, a timescale that is not one, a completed date on an unfinished action',
      template: html`<ik-deadline-timeline
        .data=${actionsWith((d) => {
          d.actions[0]!.due = 'soon';
          delete d.actions[1]!.due;
          d.actions[1]!.timescale = 'Within a while';
          d.actions[2]!.status = 'in progress';
          d.actions[2]!.completed = '2010-03-30';
          d.actions[3]!.status = 'finished';
        })}
      ></ik-deadline-timeline>`,
    },
    {
      name: 'an action with no title and no due date, a timescale with no publication date',
      template: html`<ik-deadline-timeline
        .data=${{
          title: 'Actions',
          actions: [
            { due: '2010-03-01' },
            { title: 'Refresh the plan' },
            { title: 'Audit', timescale: 'Within three months' },
          ],
        }}
      ></ik-deadline-timeline>`,
    },
    {
      name: 'an as-of and a group-by that are not valid',
      template: html`<ik-deadline-timeline as-of="yesterday" group-by="owner" .data=${leeds.actions2010}></ik-deadline-timeline>`,
    },
    {
      name: 'working days counted past the bank holidays the kit knows, and a holidays value it does not know',
      template: html`<ik-deadline-timeline
        holidays="wales"
        .data=${{
          published: '2035-12-20',
          actions: [{ title: 'Send the plan', timescale: 'Within 20 working days' }],
        }}
      ></ik-deadline-timeline>`,
    },
    {
      name: 'a CSV with no title column',
      template:
        '<ik-deadline-timeline><script type="text/csv">id,due\n1,2010-03-01\n</script></ik-deadline-timeline>',
    },
  ],
};

/** Each problem as shown: its first line (place: what to do), and the path line under it, if any. */
function shown(el: Element): { first: string; path: string }[] {
  const paths = problemPaths(el);
  return problems(el).map((first, i) => ({ first, path: paths[i]! }));
}

const PROGRAMMERS_WORDS = /\b(null|undefined|object|objects|array|arrays|list|lists|string|boolean|NaN)\b/i;
const FIX_WORDS =
  /\b(use|write|give|add|remove|put|choose|save|select|check|split|take|delete|move|change|set|name|leave|correct|keep|fill|report|try|format|describe|flatten|rename)\b/i;
const RAW_PATH = /^[\w$]+(\[|\.[\w$])/;

for (const [widget, cases] of Object.entries(CASES)) {
  describe(`what ${widget} says about each kind of problem`, () => {
    it('says it in the editor’s words: the place first, the fix named, no programmer’s words; pinned in expected/', async () => {
      const lines: string[] = [];
      const broken: string[] = [];
      for (const c of cases) {
        const el = await fixture<Widget>(c.template);
        await waitUntil(() => el.state !== 'loading', 'still loading', { timeout: 5000 });
        await el.updateComplete;
        const found = shown(el);
        lines.push(`## ${c.name} (${el.state})`);
        if (found.length === 0) broken.push(`${c.name}: no problem shown`);
        for (const p of found) {
          lines.push(`- ${p.first}`);
          if (p.path) lines.push(`    ${p.path}`);
          if (PROGRAMMERS_WORDS.test(p.first)) broken.push(`programmer's word: ${p.first}`);
          if (RAW_PATH.test(p.first)) broken.push(`starts with a data path: ${p.first}`);
          if (!FIX_WORDS.test(p.first)) broken.push(`names no fix: ${p.first}`);
          if (/^(Row|Column|Indicator|Point|Action)\b/.test(p.first) && !p.path)
            broken.push(`a place in the data with no path under it: ${p.first}`);
        }
        lines.push('');
      }
      await expectText(`${lines.join('\n')}\n`, `messages-${widget}`, 'The problems an editor is shown');
      expect(broken, broken.join('\n')).to.deep.equal([]);
    });
  });
}
