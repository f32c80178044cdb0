import { css } from 'lit';

/** The Download control (export.ts): a small disclosure after the widget, its files a list of buttons. */
export const exportStyles = css`
  .downloads {
    margin-block-start: calc(var(--_space) * 1.5);
    /* Not rem: the page sets the root font size. */
    font-size: calc(var(--_font-size) * 0.875);
  }
  .downloads summary {
    cursor: pointer;
    color: var(--_link-colour);
    text-decoration: underline;
    inline-size: max-content;
    /* 24 px high at least (WCAG 2.5.8), as the buttons are. */
    line-height: 18px;
    padding-block: 3px;
  }
  .downloads ul {
    list-style: none;
    margin: var(--_space) 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .downloads button {
    font: inherit;
    color: var(--_text-colour);
    background: var(--_background);
    border: 1px solid var(--_text-colour);
    border-radius: 0;
    padding: 4px 8px;
    cursor: pointer;
  }
  .downloads .alt {
    color: var(--_secondary-text-colour);
    margin: var(--_space) 0 0;
    max-inline-size: 60ch;
  }
  .downloads [role='status']:empty {
    display: none;
  }
  @media print {
    .downloads {
      display: none;
    }
  }
`;
