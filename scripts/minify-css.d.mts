/** Types for scripts/minify-css.mjs (read by the browser tests). */
export interface CssState {
  quote: string;
  comment: boolean;
  space: boolean;
  last: string;
}
export function newCssState(): CssState;
export function minifyCssPart(text: string, state?: CssState, atEnd?: boolean): string;
export function minifyCss(text: string): string;
