import { css } from 'lit';
import { naturalWidthStyles } from './natural-width.js';

/**
 * What the table widgets (judgement grid, RAG matrix) share: the scrolling box with a sticky header row and
 * first column, cells, notes as tooltips, focus, the legend, narrow screens, forced colours and print.
 */
export const tableStyles = css`
  /* The frame is the size container the narrow layout queries (natural-width.ts). */
  ${naturalWidthStyles}
  .frame {
    max-width: 100%;
  }
  .scroll {
    max-width: 100%;
    max-height: var(--_max-height);
    overflow: auto;
  }
  /* Uncapped and no wider than the box (ClipCue): no scroll container, so the column headers stick against
     the page's own scroll. */
  .scroll[data-open] {
    overflow: visible;
  }
  .more {
    margin: var(--_space) 0 0;
    font-weight: 700;
  }
  table {
    border-collapse: separate;
    border-spacing: 0;
    min-width: 100%;
  }
  .heading {
    margin: 0 0 var(--_space);
  }
  .title {
    margin: 0;
    font-weight: 700;
    font-size: 1.1875em;
    line-height: 1.3;
  }
  .source,
  .source-link {
    margin: 0;
    color: var(--_secondary-text-colour);
  }
  .source-link {
    margin: 0 0 var(--_space);
  }
  .summary {
    margin: 0 0 var(--_space);
  }
  th,
  td {
    --_cell-pad: 10px;
    padding: 6px var(--_cell-pad);
    border-bottom: 1px solid var(--_border-colour);
    text-align: start;
    vertical-align: top;
    background: var(--_background);
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 2;
    font-weight: 700;
    border-bottom: 2px solid var(--_text-colour);
    vertical-align: bottom;
    min-width: 8em;
  }
  thead th .date {
    display: block;
    font-weight: 400;
    color: var(--_secondary-text-colour);
  }
  /* Insets and borders by the widget's direction (start and end): a widget in a right-to-left language
     (docs/reference.md §7) has its row headers on the right. */
  .row-header {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    font-weight: 400;
    min-width: 12em;
    max-width: 22em;
    border-inline-end: 1px solid var(--_border-colour);
  }
  thead th.corner {
    inset-inline-start: 0;
    z-index: 3;
    border-inline-end: 1px solid var(--_border-colour);
  }
  td {
    cursor: default;
    min-width: 8em;
  }
  /* The note's tooltip is placed against its cell: only cells with a note are positioned (thousands of
     positioned cells cost a large grid about a tenth of its layout). */
  td.with-note {
    position: relative;
  }
  .cell-main {
    display: inline-flex;
    align-items: baseline;
    gap: 6px;
  }
  /* A plain cell is its mark and its words, straight in the cell: laid out as .cell-main lays out the others
     (the mark on the baseline, 6 px before the words; words that wrap stay clear of the mark). */
  td.plain {
    padding-inline-start: calc(var(--_cell-pad) + 1em + 6px);
    text-indent: calc(-1em - 6px);
  }
  td.plain > .mark {
    --_mark-gap: 6px;
    vertical-align: baseline;
  }
  /* A status's letter stands between the mark and the word; as an inline block it would take the cell's
     hanging indent as its own. */
  td.plain > .letter {
    text-indent: 0;
    margin-inline-end: 6px;
  }
  td.kind-none {
    color: var(--_secondary-text-colour);
  }
  .kind-invalid .cell-text {
    color: var(--_error-colour);
    font-weight: 700;
  }
  .raw,
  .cmp,
  .unsafe {
    display: block;
    font-size: 0.875em;
    color: var(--_secondary-text-colour);
  }
  .note-flag {
    display: inline-block;
    margin-inline-start: 6px;
    padding: 0 4px;
    border: 1px solid var(--_secondary-text-colour);
    font-size: 0.75em;
    line-height: 1.4;
    color: var(--_secondary-text-colour);
    vertical-align: 0.1em;
  }
  /* A note opens under its cell, as wide as the cell: it covers only the cells below it in its column, never
     the row's other cells or its row header, and the pointer can move onto it (it is inside the cell).
     WCAG 1.4.13. */
  .note {
    display: none;
    position: absolute;
    z-index: 5;
    top: calc(100% - 2px);
    inset-inline-start: 0;
    box-sizing: border-box;
    /* A narrow cell's note is a little wider than the cell, not a column of single words: still within the
       part of the box beside the row headers (which take at most 40% of it). */
    width: max(100%, min(12em, 55cqi));
    padding: 6px 8px;
    border: 2px solid var(--_text-colour);
    background: var(--_background);
    color: var(--_text-colour);
    font-size: 0.875em;
    white-space: normal;
    box-shadow: 0 2px 6px rgb(0 0 0 / 25%);
  }
  td:hover .note,
  td:focus-within .note,
  td:focus .note {
    display: block;
  }
  td.dismissed .note {
    display: none;
  }
  td:focus-visible,
  .row-header:focus-visible,
  td a:focus-visible {
    outline: 3px solid var(--_focus-colour);
    outline-offset: -3px;
    box-shadow: inset 0 0 0 5px var(--_text-colour);
    background: var(--_background);
    color: inherit;
  }
  td a:focus-visible {
    color: var(--_focus-text-colour);
    background: var(--_focus-colour);
    box-shadow: 0 -2px var(--_focus-colour), 0 4px var(--_focus-text-colour);
    outline: none;
  }
  .legend {
    margin: var(--_space) 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: baseline;
    gap: 6px;
  }
  .legend .count {
    color: var(--_secondary-text-colour);
  }
  @container ik-box (max-width: 480px) {
    .frame > * {
      font-size: 0.875em;
    }
    td,
    thead th {
      --_cell-pad: 6px;
      min-width: 7em;
      padding: 5px var(--_cell-pad);
    }
    /* At 400% zoom the sticky row headers would take half the box and more, and hide the cells beside them
       (WCAG 2.4.11): they take at most two fifths of it, and long labels wrap. */
    .row-header:not([colspan]),
    thead th.corner {
      box-sizing: border-box;
      min-width: min(9em, 40cqi);
      max-width: 40cqi;
      overflow-wrap: anywhere;
    }
  }
  @media (forced-colors: active) {
    .scroll,
    th,
    td {
      border-color: CanvasText;
    }
    .note {
      border-color: CanvasText;
    }
    td:focus-visible,
    .row-header:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .more {
      display: none;
    }
    .scroll {
      max-height: none;
      overflow: visible;
      border: 0;
    }
    thead {
      display: table-header-group;
    }
    thead th,
    .row-header {
      position: static;
    }
    tr {
      break-inside: avoid;
    }
    /* Totals once, at the end, not as each page's own. */
    tfoot {
      display: table-row-group;
    }
    /* Kept with the first rows. */
    .heading,
    .source-link,
    .summary {
      break-inside: avoid;
      break-after: avoid;
    }
    /* The address on paper. */
    .source-link a::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
    /* Every column on the paper: as wide as the page, words wrap, many columns print smaller (§7.2). */
    table {
      width: 100%;
      min-width: 0;
    }
    th,
    td,
    thead th,
    .row-header,
    thead th.corner {
      min-width: 0;
      max-width: none;
      overflow-wrap: anywhere;
    }
    table:has(thead th:nth-child(8)) {
      font-size: 8pt;
    }
    table:has(thead th:nth-child(14)) {
      font-size: 6.5pt;
    }
    table:has(thead th:nth-child(8)) :is(th, td) {
      --_cell-pad: 3px;
      padding-block: 2px;
    }
    /* Narrow columns: no hanging indent. */
    table:has(thead th:nth-child(8)) td.plain {
      padding-inline-start: var(--_cell-pad);
      text-indent: 0;
    }
    /* Row labels break between words only. */
    .row-header {
      overflow-wrap: normal;
    }
    .note {
      display: block;
      position: static;
      box-shadow: none;
      border: 0;
      padding: 2px 0 0;
      width: auto;
      font-size: 0.875em;
    }
    .note-flag {
      display: none;
    }
    :host {
      font-size: 10pt !important;
    }
  }
`;
