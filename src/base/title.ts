/** A widget's title: a heading of the level the page asks for (`heading-level`), else a plain paragraph. */
import { html, nothing, type TemplateResult } from 'lit';
import type { HeadingLevel } from './options.js';

/**
 * The title as `<p class="title">`: with a level, a heading of that level (`role="heading"` and `aria-level`,
 * as a GOV.UK summary card's title is), so it is in the page's outline and a screen reader's list of headings.
 * `hidden` hides a plain title from assistive technology where other words repeat it (a table's caption); a
 * heading is never hidden.
 */
export function renderTitle(
  title: string,
  level: HeadingLevel | undefined,
  opts: { hidden?: boolean } = {},
): TemplateResult {
  return level === undefined
    ? html`<p class="title" aria-hidden=${opts.hidden ? 'true' : nothing}>${title}</p>`
    : html`<p class="title" role="heading" aria-level=${level}>${title}</p>`;
}
