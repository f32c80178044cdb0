import { css } from 'lit';

/** The RAG matrix's own styles: group rows, ratings, measures and counts. */
export const ragMatrixStyles = css`
  tr.group > th {
    padding-top: 12px;
    font-weight: 700;
    background: var(--_background);
    border-bottom: 2px solid var(--_text-colour);
  }
  .rating,
  .measure {
    display: block;
    font-size: 0.875em;
  }
  tfoot th,
  tfoot td {
    border-top: 2px solid var(--_text-colour);
    border-bottom: 0;
    font-size: 0.875em;
  }
`;
