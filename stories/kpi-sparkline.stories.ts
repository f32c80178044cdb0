import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import leeds from '../test/fixtures/leeds-report.json';
import { failedFetchStory, loadingStory } from './examples.js';

interface Args {
  data?: unknown;
  src?: string;
  select?: string;
  ref?: string;
  variant?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/KPI sparkline',
  component: 'ik-kpi-sparkline',
  render: (a) =>
    html`<ik-kpi-sparkline
      .data=${a.data}
      src=${a.src ?? ''}
      select=${a.select ?? ''}
      ref=${a.ref ?? ''}
      variant=${a.variant ?? 'inline'}
    ></ik-kpi-sparkline>`,
};
export default meta;
type Story = StoryObj<Args>;

/** NI 59, inline: the chart, latest value, status and direction of travel. */
export const Inline: Story = { args: { data: leeds.indicators, ref: 'NI 59' } };

/** NI 59 as a card: ref, title, target, baseline, status and trend in words, data quality. */
export const Card: Story = { args: { data: leeds.indicators, ref: 'NI 59', variant: 'card' } };

/** NI 65, 'Bell Shaped': nearer the target is better. */
export const BellShaped: Story = { args: { data: leeds.indicators, ref: 'NI 65', variant: 'card' } };

/**
 * A range (best inside 40% to 60%) with a comparator: the band has edges and the comparator is a dash-dot
 * line, both at least 3:1 against the background; the sentence gives the comparator's latest value and, in the
 * card, the gap to it.
 */
export const RangeWithComparator: Story = {
  args: {
    variant: 'card',
    data: {
      ref: 'EX 1',
      title: 'An example with a range and a comparator',
      unit: 'percent',
      polarity: 'range',
      range: [40, 60],
      tolerance: 5,
      series: [
        { period: 'Q1 2009/10', value: 35 },
        { period: 'Q2 2009/10', value: 52 },
        { period: 'Q3 2009/10', value: 63, provisional: true },
      ],
      comparators: [
        {
          label: 'England',
          series: [
            { period: 'Q1 2009/10', value: 45 },
            { period: 'Q2 2009/10', value: 48 },
            { period: 'Q3 2009/10', value: 50 },
          ],
        },
      ],
    },
  },
};

/** A scorecard of every May 2010 indicator, inline in a table, all from one report file fetched once. */
export const Scorecard: Story = {
  render: () => html`<table>
    <thead>
      <tr><th scope="col">Ref</th><th scope="col">Trend, latest value and status</th></tr>
    </thead>
    <tbody>
      ${leeds.indicators.kpis.map(
        (k) => html`<tr>
          <th scope="row">${k.ref}</th>
          <td><ik-kpi-sparkline src="fixtures/leeds-report.json" select="indicators" ref=${k.ref}></ik-kpi-sparkline></td>
        </tr>`,
      )}
    </tbody>
  </table>`,
};

/** A ref that is not in the data: the refs there are, listed. */
export const UnknownRef: Story = { args: { data: leeds.indicators, ref: 'NI 99' } };

/** While the file is on its way (this story holds the request open). */
export const Loading: Story = loadingStory;

/** A file that cannot be fetched: what failed, the address, and Retry. */
export const FailedFetch: Story = failedFetchStory;

export const Empty: Story = { args: { data: { ref: 'NI 59', series: [] } } };

export const Themed: Story = {
  render: () =>
    html`<ik-kpi-sparkline
      variant="card"
      style="--ik-link-colour: #4c2c92; --ik-font-family: Georgia, serif"
      ref="NI 61"
      .data=${leeds.indicators}
    ></ik-kpi-sparkline>`,
};
