import { css } from 'lit';

export const filterStyles = css`
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
  .filter,
  .show-all {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 4px 10px;
    border: 2px solid var(--_border-colour);
    background: var(--_background);
    cursor: pointer;
  }
  .filter[aria-pressed='true'],
  .show-all[aria-pressed='true'] {
    border-color: var(--_text-colour);
    box-shadow: inset 0 0 0 1px var(--_text-colour);
    font-weight: 700;
  }
  .filter:focus-visible,
  .show-all:focus-visible {
    outline: 3px solid var(--_focus-colour);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_text-colour);
  }
  .shown {
    margin: 0 0 var(--_space);
    color: var(--_secondary-text-colour);
  }
  @media (forced-colors: active) {
    /* The inset shadow is gone in forced colours: a thicker border (same size) says pressed, not the colour alone. */
    .filter[aria-pressed='true'],
    .show-all[aria-pressed='true'] {
      border-width: 4px;
      padding: 2px 8px;
      border-color: Highlight;
    }
  }
  @media print {
    .filters {
      display: none;
    }
    /* Kept with what it counts. */
    .shown {
      break-after: avoid;
    }
  }
`;
