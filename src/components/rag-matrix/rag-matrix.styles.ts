import { css } from 'lit';

/** The RAG matrix's own styles: group rows, status letters and counts. */
export const ragMatrixStyles = css`
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
`;
