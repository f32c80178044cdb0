import { css } from 'lit';

/** The RAG matrix's own styles: group rows, status letters, filters and counts. */
export const ragMatrixStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    margin: 0 0 var(--_space);
  }
  .filters-label {
    margin-inline-end: 4px;
    font-weight: 700;
  }
  .filter {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 4px 10px;
    border: 2px solid var(--_border-colour);
    background: var(--_background);
    cursor: pointer;
  }
  .filter[aria-pressed='true'] {
    border-color: var(--_text-colour);
    box-shadow: inset 0 0 0 1px var(--_text-colour);
    font-weight: 700;
  }
  .filter:focus-visible {
    outline: 3px solid var(--_focus-colour);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_text-colour);
  }
  .shown {
    margin: 0 0 var(--_space);
    color: var(--_secondary-text-colour);
  }
  tr.group > th {
    padding-top: 12px;
    font-weight: 700;
    background: var(--_background);
    border-bottom: 2px solid var(--_text-colour);
  }
  .letter {
    display: inline-block;
    min-width: 1.35em;
    padding: 0 2px;
    border: 1px solid var(--_text-colour);
    font-size: 0.8125em;
    font-weight: 700;
    line-height: 1.3;
    text-align: center;
  }
  .rating,
  .measure {
    display: block;
    font-size: 0.875em;
  }
  .missing {
    color: var(--_secondary-text-colour);
  }
  tfoot th,
  tfoot td {
    border-top: 2px solid var(--_text-colour);
    border-bottom: 0;
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .filter[aria-pressed='true'] {
      border-color: Highlight;
    }
  }
  @media print {
    .filters {
      display: none;
    }
  }
`;
