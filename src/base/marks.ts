/**
 * The shapes that carry meaning beside colour: every grade and status has its own outline, so a reader who
 * cannot tell the colours apart (or prints in black and white, or uses forced colours) still can.
 * Which value has which shape and tone is the vocabulary's (core/vocabulary.ts); this draws them.
 */
import { html, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
import type { Look, Shape } from '../core/vocabulary.js';

const PATHS: Record<Shape, SVGTemplateResult> = {
  star: svg`<path d="M8 .9l2.1 4.6 5 .5-3.8 3.4 1.1 4.9L8 11.8l-4.4 2.5 1.1-4.9L.9 6l5-.5z"/>`,
  circle: svg`<circle cx="8" cy="8" r="6.4"/>`,
  triangle: svg`<path d="M8 1.3l7 13.2H1z"/>`,
  square: svg`<rect x="1.8" y="1.8" width="12.4" height="12.4"/>`,
  diamond: svg`<path d="M8 .8L15.2 8 8 15.2.8 8z"/>`,
  hexagon: svg`<path d="M4.3 1.5h7.4L15.4 8l-3.7 6.5H4.3L.6 8z"/>`,
  dash: svg`<rect x="1.5" y="6" width="13" height="4"/>`,
  cross: svg`<path d="M3 1l5 5 5-5 2 2-5 5 5 5-2 2-5-5-5 5-2-2 5-5-5-5z"/>`,
};

/** The shape as SVG, for drawing inside an SVG of the widget's own (the timeline's axis). */
export function markShape(shape: Shape): SVGTemplateResult {
  return PATHS[shape];
}

/**
 * A mark drawn by CSS alone (marks.styles.ts): one element, so that a 152 × 24 grid or 500 sparklines stay
 * cheap. Its fill comes from the tone class, its outline from the text colour.
 */
export function mark(look: Look): TemplateResult {
  return html`<span class=${markClass(look)} part="mark" aria-hidden="true"></span>`;
}

/**
 * The classes of a mark, for a template that draws the mark's span itself (`class=${markClass(…)}
 * part="mark" aria-hidden="true"`): a table's cells do, to save a template instance in each of thousands.
 */
export function markClass({ shape, tone }: Look): string {
  return `mark ${shape} ${tone}`;
}
