/**
 * The shapes that carry meaning beside colour: every grade and status has its own outline, so a reader who
 * cannot tell the colours apart (or prints in black and white, or uses forced colours) still can.
 * Which value has which shape and tone is the vocabulary's (core/vocabulary.ts); this draws them.
 */
import { html, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
import { SHAPE_PATHS } from '../core/export/shapes.js';
import type { Look, Shape } from '../core/vocabulary.js';

/** The shape as SVG, for drawing inside an SVG of the widget's own (the timeline's axis). */
export function markShape(shape: Shape): SVGTemplateResult {
  return svg`<path d=${SHAPE_PATHS[shape]}/>`;
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
