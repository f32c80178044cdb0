import { css } from 'lit';

export const kpiSparklineStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    max-width: 100%;
  }
  :host(:state(card)) {
    display: block;
  }
  /* Browsers before plain-named custom states: the attribute as written. */
  :host([variant='card' i]) {
    display: block;
  }
  .inline {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
    position: relative;
  }
  .chart {
    position: relative;
    display: inline-block;
    /* Time runs left to right in any language: the chart and its tooltip, placed by x, never mirror. */
    direction: ltr;
    line-height: 0;
    touch-action: none;
    cursor: crosshair;
  }
  .chart:focus-visible {
    outline: 3px solid var(--_focus-colour);
    outline-offset: 1px;
    box-shadow: 0 0 0 5px var(--_text-colour);
    background: var(--_background);
  }
  svg.plot {
    display: block;
    overflow: visible;
  }
  /* The card's chart fits its container (WCAG 1.4.10): the viewBox scales, lines keep their width. */
  .card .chart {
    display: block;
  }
  .card svg.plot {
    width: 100%;
    height: auto;
  }
  .line,
  .target,
  .baseline,
  .comparator,
  .band-edge,
  .confidence-edge,
  .focus-ring {
    vector-effect: non-scaling-stroke;
  }
  .line {
    fill: none;
    stroke: var(--_text-colour);
    stroke-width: 1.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .line.dashed {
    stroke-dasharray: 3 2;
  }
  .target {
    fill: none;
    stroke: var(--_link-colour);
    stroke-width: 1.25;
    stroke-dasharray: 5 2;
  }
  .baseline {
    fill: none;
    stroke: var(--_secondary-text-colour);
    stroke-width: 1;
    stroke-dasharray: 1 2;
  }
  .band {
    fill: var(--_status-green);
    fill-opacity: 0.15;
  }
  /* The band's edges carry it (WCAG 1.4.11: the tint alone is 1.25:1). */
  .band-edge {
    fill: none;
    stroke: var(--_status-green);
    stroke-width: 1;
  }
  /* The confidence interval: the tint is decoration; its edges carry it at 7:1 (WCAG 1.4.11 asks 3:1). */
  .confidence {
    fill: var(--_secondary-text-colour);
    fill-opacity: 0.12;
  }
  .confidence-edge {
    fill: none;
    stroke: var(--_secondary-text-colour);
    stroke-width: 1;
  }
  /* Secondary by its dash-dot pattern and thin line, not by a low contrast (WCAG 1.4.11). */
  .comparator {
    fill: none;
    stroke: var(--_secondary-text-colour);
    stroke-width: 1;
    stroke-dasharray: 4 2 1 2;
  }
  .point {
    fill: var(--_text-colour);
    stroke: var(--_background);
    stroke-width: 0.75;
  }
  .point.provisional {
    fill: var(--_background);
    stroke: var(--_text-colour);
    stroke-width: 1.25;
  }
  .point.active {
    stroke: var(--_text-colour);
    stroke-width: 2;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_text-colour);
    stroke-width: 1.5;
  }
  .tip {
    position: absolute;
    z-index: 5;
    bottom: calc(100% + 4px);
    left: 0;
    width: max-content;
    max-width: 18em;
    padding: 4px 8px;
    border: 2px solid var(--_text-colour);
    background: var(--_background);
    color: var(--_text-colour);
    font-size: calc(var(--_font-size) * 0.875);
    line-height: 1.3;
    white-space: normal;
    cursor: auto;
  }
  /* Bridges the gap to the chart, so the pointer can move onto the tooltip without losing it (WCAG 1.4.13). */
  .tip::after {
    content: '';
    position: absolute;
    left: -2px;
    right: -2px;
    top: 100%;
    height: 8px;
  }
  .latest {
    font-weight: 700;
    white-space: nowrap;
  }
  .status-mark {
    display: inline-flex;
    align-items: center;
    gap: 3px;
    white-space: nowrap;
  }
  .arrow {
    font-weight: 700;
  }
  /* At least 24 by 24 CSS px, clear of the chart (WCAG 2.5.8). */
  .data-toggle {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    min-width: 24px;
    min-height: 24px;
    padding: 0 4px;
    border: 0;
    background: none;
    color: var(--_link-colour);
    text-decoration: underline;
    cursor: pointer;
    font-size: 0.875em;
  }
  .chevron {
    display: inline-block;
    width: 0;
    height: 0;
    border-style: solid;
    border-width: 0.3em 0 0.3em 0.45em;
    border-color: transparent transparent transparent currentColor;
  }
  .data-toggle[aria-expanded='true'] .chevron {
    border-width: 0.45em 0.3em 0 0.3em;
    border-color: currentColor transparent transparent transparent;
  }
  .data-toggle:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text-colour);
    background: var(--_focus-colour);
    box-shadow: 0 -2px var(--_focus-colour), 0 4px var(--_focus-text-colour);
    text-decoration: none;
  }
  table.data {
    flex-basis: 100%;
    border-collapse: collapse;
    margin: 4px 0 0;
    font-size: 0.875em;
  }
  table.data caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 2px;
  }
  table.data th,
  table.data td {
    padding: 2px 8px 2px 0;
    border-bottom: 1px solid var(--_border-colour);
    text-align: start;
    font-weight: 400;
  }
  table.data thead th {
    font-weight: 700;
  }
  table.data td.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 6px;
    max-width: 28em;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border-colour);
    border-top: 5px solid var(--_text-colour);
    position: relative;
  }
  .card p {
    margin: 0;
  }
  .card .ref {
    font-weight: 700;
    color: var(--_secondary-text-colour);
  }
  .card .title {
    font-weight: 700;
    font-size: 1.1875em;
    line-height: 1.3;
  }
  .card .headline {
    display: flex;
    align-items: baseline;
    flex-wrap: wrap;
    gap: 4px 12px;
  }
  .card .big {
    font-size: 2em;
    font-weight: 700;
    line-height: 1.1;
  }
  .card .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 12px;
    margin: 0;
  }
  .card .facts dt {
    font-weight: 700;
  }
  .card .facts dd {
    margin: 0;
  }
  /* A term may have several descriptions (one per comparator): each stays in the second column. */
  .card .facts dt {
    grid-column: 1;
  }
  .card .facts dd {
    grid-column: 2;
  }
  .card .quality {
    padding-inline-start: 8px;
    border-inline-start: 4px solid var(--_border-colour);
    color: var(--_secondary-text-colour);
  }
  .legend-line {
    display: inline-block;
    width: 1.5em;
    height: 0;
    margin-inline-end: 4px;
    vertical-align: middle;
    border-top: 2px dashed var(--_link-colour);
  }
  /* The range's key: the band as drawn, with its edges. */
  .legend-band {
    display: inline-block;
    width: 1.5em;
    height: 0.75em;
    margin-inline-end: 4px;
    vertical-align: middle;
    border-block: 1px solid var(--_status-green);
    background: color-mix(in srgb, var(--_status-green) 15%, transparent);
  }
  @media (forced-colors: active) {
    .line,
    .focus-ring,
    .comparator,
    .baseline,
    .band-edge,
    .confidence-edge {
      stroke: CanvasText;
    }
    .confidence {
      fill: GrayText;
    }
    .target {
      stroke: LinkText;
    }
    .point {
      fill: CanvasText;
      stroke: Canvas;
    }
    .point.provisional {
      fill: Canvas;
      stroke: CanvasText;
    }
    .band {
      fill: GrayText;
    }
    /* Its triangle is drawn with transparent borders, which forced colours would paint in. */
    .chevron {
      forced-color-adjust: none;
    }
    .legend-band {
      border-color: CanvasText;
    }
  }
  /* Printed only: the inline variant's latest period. */
  .print-only {
    display: none;
  }
  @media print {
    .data-toggle,
    .tip {
      display: none;
    }
    .print-only {
      display: inline;
    }
    .when {
      color: var(--_secondary-text-colour);
      font-size: 0.875em;
    }
    /* Never split. */
    .card {
      break-inside: avoid;
    }
  }
`;
