import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import derby from '../test/fixtures/derby-report.json';
import leeds from '../test/fixtures/leeds-report.json';
import { compareExample, failedFetchStory, invalidGrid, loadingStory, nationalGrid } from './examples.js';
import {
  careInspectorateExample,
  ciwExample,
  cqcExample,
  estynExample,
  frameworkChangeExample,
  reportCardExample,
} from './scales-examples.js';

interface Args {
  data?: unknown;
  src?: string;
  select?: string;
  scale?: string;
  compare?: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Judgement grid',
  component: 'ik-judgement-grid',
  render: (a) =>
    html`<ik-judgement-grid
      .data=${a.data}
      src=${a.src ?? ''}
      select=${a.select ?? ''}
      scale=${a.scale ?? ''}
      ?compare=${a.compare}
    ></ik-judgement-grid>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Leeds, inspection published 7 January 2010: two themes, nested rows, notes. */
export const Leeds2010: Story = { args: { data: leeds.inspection2010 } };

/** Derby, May 2011: the record of main findings, with its repeated heading. */
export const Derby2011: Story = { args: { data: derby.inspection2011 } };

/** The same report file, fetched and picked with `select`. */
export const FromReportFile: Story = {
  args: { src: 'fixtures/leeds-report.json', select: 'inspection2010' },
};

/** `compare`: each later judgement says whether it improved, held or declined (example data). */
export const Compare: Story = { args: { data: compareExample, compare: true } };

/** A bad grade is named with its place and the scale's grades; the other cells still draw. */
export const BadData: Story = { args: { data: invalidGrid } };

/** While the file is on its way (this story holds the request open). */
export const Loading: Story = loadingStory;

/** A file that cannot be fetched: what failed, the address, and Retry. */
export const FailedFetch: Story = failedFetchStory;

/** Valid data with nothing in it. */
export const Empty: Story = { args: { data: { columns: [], rows: [] } } };

/** 152 authorities × 24 judgements: the header row and first column stay in view (example data). */
export const LargeGrid: Story = { args: { data: nationalGrid, scale: 'ofsted-ri' } };

/**
 * In a 320 px column (as at 400% zoom) the table scrolls inside the widget; the row headers take at most two
 * fifths of it, and a cell reached by the keyboard is scrolled clear of them.
 */
export const Narrow: Story = {
  args: { data: leeds.inspection2010 },
  render: (a) =>
    html`<div style="width: 320px"><ik-judgement-grid .data=${a.data}></ik-judgement-grid></div>`,
};

/** Themed on purpose through `--ik-*` custom properties. */
export const Themed: Story = {
  args: { data: leeds.inspection2010 },
  render: (a) => html`<ik-judgement-grid
    style="--ik-font-family: Georgia, serif; --ik-grade-4: #942514; --ik-border-colour: #505a5f"
    .data=${a.data}
  ></ik-judgement-grid>`,
};

/** An Ofsted report card (November 2025 on): its five grades, no numbers, and safeguarding in a column of its own. */
export const ReportCard: Story = { args: { data: reportCardExample } };

/** The Care Inspectorate's six-point scale, 6 best, read from the forms reports print; with `compare`. */
export const CareInspectorate: Story = { args: { data: careInspectorateExample, compare: true } };

/** Care Inspectorate Wales: a rating per theme, and no overall rating. */
export const CiwByTheme: Story = { args: { data: ciwExample } };

/** `compare` across Ofsted's change of framework: "Not comparable: the grading changed", never an arrow. */
export const FrameworkChange: Story = { args: { data: frameworkChangeExample, compare: true } };

/** CQC's ratings, with "Not rated" shown, keyed and counted as its own state. */
export const CqcNotRated: Story = { args: { data: cqcExample } };

/** Estyn's judgements in words, with no grade. */
export const EstynNarrative: Story = { args: { data: estynExample } };

/**
 * Judgements in words from a pasted table (example data): `scale="narrative"` reads each cell's text as the
 * judgement, here beside a column of CIW ratings (`column-scales`).
 */
export const NarrativeFromTable: Story = {
  render: () =>
    html`<ik-judgement-grid scale="ciw" column-scales="Inspectors’ findings: narrative">
      <table>
        <tr><th>Setting (example data)</th><th>Care and support</th><th>Inspectors’ findings</th></tr>
        <tr><td>Tŷ Example</td><td>Good</td><td>Staff know people well and support them kindly.</td></tr>
        <tr><td>Tŷ Arall</td><td>Requires improvement</td><td>Care plans are not always reviewed when needs change.</td></tr>
      </table>
    </ik-judgement-grid>`,
};
