import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import leeds from '../test/fixtures/leeds-report.json';
import { failedFetchStory, invalidMatrix, loadingStory, valueTargetMatrix } from './examples.js';

interface Args {
  data?: unknown;
  src?: string;
  select?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/RAG matrix',
  component: 'ik-rag-matrix',
  render: (a) =>
    html`<ik-rag-matrix .data=${a.data} src=${a.src ?? ''} select=${a.select ?? ''}></ik-rag-matrix>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Leeds, April 2009: JAR recommendations and APA areas for improvement by theme, with '3333' and a grey cell. */
export const Leeds2009Progress: Story = { args: { data: leeds.progress2009 } };

/** From the report file with `select`. */
export const FromReportFile: Story = { args: { src: 'fixtures/leeds-report.json', select: 'progress2009' } };

/** Statuses from a value against its target, with polarity and tolerance (example data). */
export const ValueAndTarget: Story = { args: { data: valueTargetMatrix } };

/** An unknown rating is shown in place as not valid and listed with its path. */
export const BadData: Story = { args: { data: invalidMatrix } };

/** While the file is on its way (this story holds the request open). */
export const Loading: Story = loadingStory;

/** A file that cannot be fetched: what failed, the address, and Retry. */
export const FailedFetch: Story = failedFetchStory;

export const Empty: Story = { args: { data: { columns: [], rows: [] } } };

/**
 * In a 320 px column (as at 400% zoom) the table scrolls inside the widget; the item names take at most two
 * fifths of it, and a cell reached by the keyboard is scrolled clear of them.
 */
export const Narrow: Story = {
  args: { data: leeds.progress2009 },
  render: (a) => html`<div style="width: 320px"><ik-rag-matrix .data=${a.data}></ik-rag-matrix></div>`,
};

export const Themed: Story = {
  args: { data: leeds.progress2009 },
  render: (a) =>
    html`<ik-rag-matrix style="--ik-status-green: #005a30; --ik-font-size: 14px" .data=${a.data}></ik-rag-matrix>`,
};
