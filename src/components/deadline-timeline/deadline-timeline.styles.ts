import { css } from 'lit';

export const deadlineTimelineStyles = css`
  .summary {
    margin: 0 0 var(--_space);
    font-weight: 700;
  }
  .chart {
    position: relative;
    /* Time runs left to right in any language: the chart and its tooltips, placed by x, never mirror. */
    direction: ltr;
    /* Room for a tooltip beside a mark on a chart of one lane. */
    min-height: 7.5em;
    margin: 0 0 var(--_space);
  }
  /* Measured for its natural width (natural-width.ts), the chart counts at the width it is first drawn at
     (deadline-timeline.ts), not at the width it was last fitted to. */
  .frame.measuring svg.axis {
    width: 720px !important;
  }
  svg.axis {
    display: block;
    overflow: visible;
    font-family: inherit;
  }
  .tick line,
  .lane-rule {
    stroke: var(--_border-colour);
    stroke-width: 1;
  }
  .tick text,
  .lane-label,
  .marker text {
    fill: var(--_secondary-text-colour);
    font-size: 12px;
  }
  .more {
    fill: var(--_text-colour);
    font-size: 12px;
    font-weight: 700;
  }
  .lane-label {
    fill: var(--_text-colour);
    font-weight: 700;
  }
  .marker line {
    stroke: var(--_text-colour);
    stroke-width: 1.5;
  }
  .marker.published line {
    stroke-dasharray: 4 3;
  }
  .marker text {
    fill: var(--_text-colour);
    font-weight: 700;
  }
  line.ongoing {
    stroke: var(--_text-colour);
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  g.mark-at {
    cursor: pointer;
  }
  g.mark-at.current .halo {
    fill: var(--_focus-colour);
    stroke: var(--_text-colour);
    stroke-width: 2;
  }
  .halo {
    fill: transparent;
  }
  /* A dark outline on the yellow halo in both themes. */
  g.mark-at.current .mark {
    stroke: var(--_focus-text-colour);
  }
  .tip {
    position: absolute;
    z-index: 5;
    width: max-content;
    max-width: 20em;
    padding: 4px 8px;
    border: 2px solid var(--_text-colour);
    background: var(--_background);
    font-size: calc(var(--_font-size) * 0.875);
  }
  /* The gap between the tooltip and its mark is part of the tooltip, so the pointer crosses onto it (1.4.13). */
  .tip::after {
    content: '';
    position: absolute;
    inset-inline: 0;
    top: 100%;
    height: 12px;
  }
  .tip[data-side='below']::after {
    top: auto;
    bottom: 100%;
  }
  .tip[data-side='right']::after,
  .tip[data-side='left']::after {
    inset-block: 0;
    top: 0;
    width: 12px;
    height: auto;
  }
  .tip[data-side='right']::after {
    inset-inline: auto 100%;
  }
  .tip[data-side='left']::after {
    inset-inline: 100% auto;
  }
  .instructions {
    margin: 0 0 4px;
    color: var(--_secondary-text-colour);
    font-size: 0.875em;
  }
  ol.actions {
    margin: 0;
    padding: 0;
    list-style: none;
    border-top: 1px solid var(--_border-colour);
  }
  ol.actions > li {
    display: grid;
    grid-template-columns: 1.25em 1fr;
    gap: 2px 8px;
    padding: 8px 4px;
    border-bottom: 1px solid var(--_border-colour);
    cursor: default;
  }
  ol.actions > li:focus-visible {
    outline: 3px solid var(--_focus-colour);
    outline-offset: -3px;
    box-shadow: inset 0 0 0 5px var(--_text-colour);
  }
  ol.actions > li.current {
    background: var(--_background);
  }
  .action-mark {
    padding-top: 2px;
  }
  .action-title {
    font-weight: 700;
  }
  .action-meta {
    grid-column: 2;
    display: flex;
    flex-wrap: wrap;
    gap: 2px 16px;
    color: var(--_secondary-text-colour);
    font-size: 0.875em;
  }
  .action-status {
    grid-column: 2;
    font-weight: 700;
  }
  .kind-overdue .action-status {
    color: var(--_error-colour);
  }
  .note-text,
  .unsafe {
    grid-column: 2;
    font-size: 0.875em;
  }
  @container ik-box (max-width: 560px) {
    .chart,
    .chart-note {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .marker line,
    line.ongoing,
    .tick line {
      stroke: CanvasText;
    }
    .tick text,
    .lane-label,
    .marker text {
      fill: CanvasText;
    }
    g.mark-at.current .halo {
      fill: Highlight;
    }
    .tip {
      border-color: CanvasText;
    }
  }
  @media print {
    /* Whole, on one page, scaled to the paper. */
    .chart {
      display: block;
      min-height: 0;
      break-inside: avoid;
    }
    svg.axis {
      max-width: 100%;
      height: auto;
    }
    /* Kept with the chart. */
    .heading,
    .summary {
      break-inside: avoid;
      break-after: avoid;
    }
    .instructions,
    .tip {
      display: none;
    }
    ol.actions > li {
      break-inside: avoid;
    }
  }
`;
