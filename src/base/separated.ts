/**
 * Words joined by the kit's middle dot (`3 green · 2 amber`, core/format.ts SEPARATOR), as the page shows
 * them: the dot is seen but not heard (a screen reader would say "dot"), and a comma, unseen, is heard in its
 * place (a pseudo-element whose alternative text is the comma: `content: '' / ', '`, in the base styles), so
 * the parts are spoken as a list: "3 green, 2 amber". The text on the page (copied, or read by a script) is
 * unchanged. Every dot that reaches the page goes through here.
 */
import { html, type TemplateResult } from 'lit';
import { SEPARATOR } from '../core/format.js';

export function renderSeparated(text: string): TemplateResult {
  const [first, ...rest] = text.split(SEPARATOR);
  return html`${first}${rest.map(
    (part) => html`<span class="separator"><span aria-hidden="true">${SEPARATOR}</span></span>${part}`,
  )}`;
}
