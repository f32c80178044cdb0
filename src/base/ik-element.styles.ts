import { css, unsafeCSS } from 'lit';
import { DARK_TOKENS, FOCUS_TEXT_ON_DARK, TOKENS } from './tokens.js';

// Each public token is read once into a private property (`--ik-text-colour` → `--_text-colour`), with the
// light default or, in the dark theme, the dark one: a page's own `--ik-*` value wins in either. The values are
// the kit's own constants, never data.
const tokenRules = (theme: 'light' | 'dark') =>
  unsafeCSS(
    TOKENS.filter((t) => theme === 'light' || DARK_TOKENS[t.name] !== undefined)
      .map((t) => {
        const value = theme === 'dark' ? DARK_TOKENS[t.name] : t.value;
        return `--_${t.name.slice('--ik-'.length)}: var(${t.name}, ${value}) !important;`;
      })
      .join('\n'),
  );
// The theme (docs/reference.md §7.1): the page's colour scheme unless the theme attribute pins one. The
// attribute is read like every other (options.ts) and set as a custom state, so a value that is not valid is a
// problem and the default applies. Print is always light: paper is white.
const lightTokens = css`
  ${tokenRules('light')}
  --_focus-text-colour: var(--_text-colour) !important;
  color-scheme: light !important;
`;
const darkTokens = css`
  ${tokenRules('dark')}
  --_focus-text-colour: ${unsafeCSS(FOCUS_TEXT_ON_DARK)} !important;
  color-scheme: dark !important;
`;

/** Styles every widget shares: isolation from the page, tokens, states, the error panel, focus, media. */
export const baseStyles = css`
  :host {
    /* The page's inherited styles must not change the widget (docs/reference.md §7). \`all: initial\` stops what
       the host would inherit from the page; a page rule aimed at the host itself (\`* {…}\`, \`body * {…}\`, the
       tag name) would still beat a normal declaration here and inherit into the whole shadow tree. In the
       shadow context an important declaration beats every page declaration, so everything that inherits, the
       private tokens and the host's box sizing are important; layout (display, margin, width, position) stays
       the page's to set. The public \`--ik-*\` tokens and \`::part\` still theme the widget. */
    all: initial;
    ${lightTokens}
    display: block;
    box-sizing: border-box !important;
    max-width: 100%;
    font-family: var(--_font-family) !important;
    font-size: var(--_font-size) !important;
    font-weight: 400 !important;
    font-style: normal !important;
    font-variant: normal !important;
    font-stretch: normal !important;
    font-kerning: auto !important;
    font-feature-settings: normal !important;
    font-variation-settings: normal !important;
    font-optical-sizing: auto !important;
    font-size-adjust: none !important;
    font-synthesis: weight style small-caps !important;
    font-palette: normal !important;
    line-height: 1.3 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-align: start !important;
    text-align-last: auto !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    text-rendering: auto !important;
    text-underline-offset: auto !important;
    text-underline-position: auto !important;
    text-decoration-skip-ink: auto !important;
    text-emphasis: none !important;
    text-orientation: mixed !important;
    text-wrap: wrap !important;
    white-space-collapse: collapse !important;
    white-space: normal !important;
    word-break: normal !important;
    overflow-wrap: normal !important;
    line-break: auto !important;
    hyphens: manual !important;
    tab-size: 8 !important;
    writing-mode: horizontal-tb !important;
    /* The widget's direction is its language's (below: English and Welsh run left to right), never the page's
       (data text keeps its own direction: each cell is isolated below); a right-to-left page must not mirror
       an English table. */
    direction: ltr !important;
    unicode-bidi: isolate !important;
    -webkit-text-stroke: 0 currentcolor !important;
    -webkit-text-fill-color: currentcolor !important;
    -webkit-text-security: none !important;
    caret-color: auto !important;
    accent-color: auto !important;
    scrollbar-color: auto !important;
    list-style: disc outside none !important;
    quotes: auto !important;
    border-collapse: separate !important;
    border-spacing: 0 !important;
    caption-side: top !important;
    empty-cells: show !important;
    image-rendering: auto !important;
    paint-order: normal !important;
    color: var(--_text-colour) !important;
    background: var(--_background);
    -webkit-font-smoothing: antialiased !important;
    /* The page's transitions would fade an upgraded widget from the page's colours, and its animations
       (\`* { animation: … }\`) move or fade it: the widget never animates its host (the loading ring turns
       inside it). */
    transition: none !important;
    animation: none !important;
  }
  :host([hidden]) {
    display: none;
  }
  /* A widget whose resolved locale is written right to left (\`textDirection\` in core/format.ts). */
  :host(:state(rtl)) {
    direction: rtl !important;
  }
  /* Themes: docs/reference.md §7.1. */
  @media screen and (prefers-color-scheme: dark) {
    :host {
      ${darkTokens}
    }
    :host(:state(light)) {
      ${lightTokens}
    }
  }
  @media screen {
    :host(:state(dark)) {
      ${darkTokens}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_link-colour);
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }
  :focus-visible,
  a:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text-colour);
    background-color: var(--_focus-colour);
    box-shadow:
      0 -2px var(--_focus-colour),
      0 4px var(--_focus-text-colour);
    text-decoration: none;
  }
  /* The content focused after a Retry succeeds (ik-element.ts): a frame around it, not the yellow fill of a
     focused control over the whole widget. */
  [part~='base'][tabindex='-1']:focus-visible {
    outline: 3px solid var(--_text-colour);
    outline-offset: 3px;
    box-shadow: 0 0 0 3px var(--_focus-colour);
    background-color: transparent;
    color: inherit;
  }
  button {
    font: inherit;
    color: inherit;
  }
  /* Text from data keeps its own direction without disturbing what is around it (a right-to-left override in a
     label stays inside the label). */
  th,
  td,
  li,
  p,
  dt,
  dd,
  caption,
  span,
  button {
    unicode-bidi: isolate;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  /* A middle dot between parts (separated.ts): seen, not heard; a comma is heard in its place. */
  .separator::before {
    content: '' / ', ';
  }
  .message {
    margin: 0;
    padding: var(--_space);
    color: var(--_secondary-text-colour);
    border: 1px dashed var(--_border-colour);
  }
  .loading::before {
    content: '';
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin-inline-end: 0.5em;
    vertical-align: -0.05em;
    border: 2px solid var(--_border-colour);
    border-top-color: var(--_text-colour);
    border-radius: 50%;
  }
  /* Only a few rings turn, once loading takes a moment (spinner.ts). */
  .turning::before {
    animation: ik-spin 1s linear infinite;
  }
  @keyframes ik-spin {
    to {
      transform: rotate(360deg);
    }
  }
  .problems {
    margin: var(--_space) 0 0;
    padding: var(--_space) calc(var(--_space) * 2);
    border: 4px solid var(--_error-colour);
    color: var(--_text-colour);
    background: var(--_background);
    overflow-wrap: anywhere;
  }
  .problems:first-child {
    margin-top: 0;
  }
  .problems-heading {
    margin: 0 0 calc(var(--_space) / 2);
    font-weight: 700;
  }
  .problems ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .problems li + li {
    margin-top: 0.25em;
  }
  .problem-where {
    font-weight: 700;
  }
  .problem-path {
    display: block;
    color: var(--_secondary-text-colour);
    font-size: 0.875em;
  }
  .problem-url {
    overflow-wrap: anywhere;
  }
  .retry {
    margin-top: var(--_space);
    padding: 6px 12px;
    border: 2px solid transparent;
    border-radius: 0;
    color: #ffffff;
    background: #00703c;
    box-shadow: 0 2px 0 #002d18;
    cursor: pointer;
  }
  .retry:hover {
    background: #005a30;
  }
  .retry:focus-visible {
    color: var(--_focus-text-colour);
    background: var(--_focus-colour);
    box-shadow: 0 2px 0 var(--_focus-text-colour);
    outline: 3px solid transparent;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .problems,
    .message {
      border-color: CanvasText;
    }
    .retry {
      border-color: ButtonText;
    }
    :focus-visible {
      outline: 3px solid Highlight;
    }
  }
  @media print {
    :host {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .retry,
    .loading::before {
      display: none;
    }
  }
`;
