/**
 * The shapes that carry meaning beside colour: every grade and status has its own outline, so a reader who
 * cannot tell the colours apart (or prints in black and white, or uses forced colours) still can.
 * Grades, best first: star, circle, triangle, square (then diamond, hexagon for longer custom scales).
 * Statuses: blue star, green circle, amber triangle, red square, grey dash — the same shapes as the grades
 * they map from by default.
 */
import { html, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
import type { Status } from '../core/status.js';

export const SHAPES = [
  'star',
  'circle',
  'triangle',
  'square',
  'diamond',
  'hexagon',
  'dash',
  'cross',
] as const;
export type Shape = (typeof SHAPES)[number];

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

export const STATUS_SHAPE: Readonly<Record<Status, Shape>> = {
  blue: 'star',
  green: 'circle',
  amber: 'triangle',
  red: 'square',
  grey: 'dash',
};

/** A status's shape and tone, for `mark(...statusLook(s))` or `markClass(...statusLook(s))`. */
export function statusLook(status: Status): [Shape, string] {
  return [STATUS_SHAPE[status], `tone-${status}`];
}

/** The shape of a grade by its rank on the scale (0 = best). */
export function gradeShape(rank: number): Shape {
  return SHAPES[Math.max(0, rank) % 6]!;
}

/** The shape as SVG, for drawing inside an SVG of the widget's own (the timeline's axis). */
export function markShape(shape: Shape): SVGTemplateResult {
  return PATHS[shape];
}

/** The tone of a grade by its rank on a scale of `count` grades: spread over the four grade tones, best to worst. */
export function gradeTone(rank: number, count: number): string {
  const step = count > 1 ? Math.round((rank / (count - 1)) * 3) : 0;
  return `tone-grade-${step + 1}`;
}

/**
 * A mark drawn by CSS alone (marks.styles.ts): one element, so that a 152 × 24 grid or 500 sparklines stay
 * cheap. Its fill comes from the tone class, its outline from the text colour.
 */
export function mark(shape: Shape, tone: string): TemplateResult {
  return html`<span class=${markClass(shape, tone)} part="mark" aria-hidden="true"></span>`;
}

/**
 * The classes of a mark, for a template that draws the mark's span itself (`class=${markClass(…)}
 * part="mark" aria-hidden="true"`): a table's cells do, to save a template instance in each of thousands.
 */
export function markClass(shape: Shape, tone: string): string {
  return `mark ${shape} ${tone}`;
}
