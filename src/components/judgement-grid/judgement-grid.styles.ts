import { css } from 'lit';

/** The judgement grid's own styles: nested rows and their disclosure buttons, compare words. */
export const judgementGridStyles = css`
  tr.has-children > .row-header {
    font-weight: 700;
  }
  .indent {
    display: flex;
    align-items: flex-start;
    gap: 4px;
    /* One step per level of nesting (--_depth, set by the row's data-depth, 0 to 8). */
    padding-inline-start: calc(var(--_depth, 0) * var(--_indent-step));
  }
  .row-header {
    --_indent-step: 1.25em;
  }
  tr[data-depth='1'] { --_depth: 1; }
  tr[data-depth='2'] { --_depth: 2; }
  tr[data-depth='3'] { --_depth: 3; }
  tr[data-depth='4'] { --_depth: 4; }
  tr[data-depth='5'] { --_depth: 5; }
  tr[data-depth='6'] { --_depth: 6; }
  tr[data-depth='7'] { --_depth: 7; }
  tr[data-depth='8'] { --_depth: 8; }
  /* A parent's label is its disclosure button: the square with the triangle, then the words. */
  .toggle {
    display: inline-flex;
    align-items: flex-start;
    gap: 4px;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
    /* WCAG 2.5.8: a target at least 24 CSS px high, whatever the label's line height. */
    min-height: 24px;
  }
  .toggle-icon {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    width: 1.5em;
    height: 1.5em;
    margin: -0.125em 0;
    border: 1px solid var(--_border-colour);
    background: var(--_background);
  }
  .toggle svg {
    width: 0.75em;
    height: 0.75em;
    fill: currentColor;
    transition: transform 0.15s;
  }
  .toggle[aria-expanded='false'] svg {
    transform: rotate(-90deg);
  }
  @media (prefers-reduced-motion: reduce) {
    .toggle svg {
      transition: none;
    }
  }
  /* Long labels wrap inside a narrow row header instead of running under the cells. */
  .toggle,
  .label {
    min-width: 0;
  }
  .spacer {
    flex: none;
    width: 1.5em;
  }
  /* In a narrow row-header column (400% zoom), nesting is shown by a smaller step, so labels keep their room. */
  @container ik-box (max-width: 480px) {
    .row-header {
      --_indent-step: 0.75em;
    }
    .spacer {
      display: none;
    }
  }
  .cmp-improved,
  .cmp-declined {
    color: var(--_text-colour);
    font-weight: 700;
  }
  .toggle:focus-visible {
    outline: 3px solid var(--_focus-colour);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_text-colour);
  }
  @media (forced-colors: active) {
    .toggle-icon {
      border-color: ButtonText;
    }
  }
  @media print {
    .toggle-icon {
      display: none;
    }
  }
`;
