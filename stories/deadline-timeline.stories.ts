import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import derby from '../test/fixtures/derby-report.json';
import leeds from '../test/fixtures/leeds-report.json';
import { failedFetchStory, loadingStory, manyActions } from './examples.js';

interface Args {
  data?: unknown;
  src?: string;
  select?: string;
  groupBy?: string;
  asOf?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Deadline timeline',
  component: 'ik-deadline-timeline',
  render: (a) =>
    html`<ik-deadline-timeline
      .data=${a.data}
      src=${a.src ?? ''}
      select=${a.select ?? ''}
      group-by=${a.groupBy ?? 'theme'}
      as-of=${a.asOf ?? ''}
    ></ik-deadline-timeline>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Leeds, February 2010: the 24 areas for improvement and the milestones, as of the Executive Board. */
export const Leeds2010: Story = { args: { data: leeds.actions2010 } };

/** The same actions in May 2010, in lanes by timescale. */
export const Leeds2010ByTimescale: Story = {
  args: { data: leeds.actions2010, groupBy: 'timescale', asOf: '2010-05-11' },
};

/** Derby, report published 27 June 2011, as of 1 October 2011. */
export const Derby2011: Story = { args: { data: derby.actions2011, asOf: '2011-10-01' } };

/** Three hundred actions (example data). */
export const ManyActions: Story = { args: { data: manyActions } };

/** Actions with no due date and an unknown timescale are listed and reported. */
export const BadData: Story = {
  args: {
    data: {
      published: '2010-01-07',
      actions: [
        { title: 'Has a timescale', timescale: 'Within three months' },
        { title: 'Has none' },
        { title: 'Says soonish', timescale: 'Soonish' },
      ],
    },
    asOf: '2010-02-12',
  },
};

/** While the file is on its way (this story holds the request open). */
export const Loading: Story = loadingStory;

/** A file that cannot be fetched: what failed, the address, and Retry. */
export const FailedFetch: Story = failedFetchStory;

export const Empty: Story = { args: { data: { actions: [] } } };

/**
 * One action: the words are in the singular ("Showing 1 action"); on a chart of one lane the tooltip goes
 * beside its mark, off the list. Escape hides a tooltip without moving focus or the pointer.
 */
export const OneAction: Story = {
  args: {
    data: {
      title: 'Improvement plan',
      source: { label: 'Leeds Executive Board, 12 February 2010' },
      published: '2010-01-07',
      actions: [
        {
          title: 'Refresh the existing improvement plan',
          theme: 'Safeguarding',
          timescale: 'Immediately',
          owner: 'Head of service',
        },
      ],
    },
    asOf: '2010-02-12',
  },
};

/** At 320 px only the list shows. */
export const Narrow: Story = {
  args: { data: leeds.actions2010 },
  render: (a) =>
    html`<div style="width: 320px"><ik-deadline-timeline .data=${a.data}></ik-deadline-timeline></div>`,
};
