/**
 * The outline of each mark shape as SVG path data on a 16 × 16 box: the timeline's axis draws them (base/marks.ts),
 * and so do the exported images, in SVG and on a canvas (Path2D reads the same data).
 */
import type { Shape } from '../vocabulary.js';

export const SHAPE_PATHS: Readonly<Record<Shape, string>> = {
  star: 'M8 .9l2.1 4.6 5 .5-3.8 3.4 1.1 4.9L8 11.8l-4.4 2.5 1.1-4.9L.9 6l5-.5z',
  circle: 'M1.6 8a6.4 6.4 0 1 0 12.8 0a6.4 6.4 0 1 0-12.8 0z',
  triangle: 'M8 1.3l7 13.2H1z',
  square: 'M1.8 1.8h12.4v12.4H1.8z',
  diamond: 'M8 .8L15.2 8 8 15.2.8 8z',
  hexagon: 'M4.3 1.5h7.4L15.4 8l-3.7 6.5H4.3L.6 8z',
  dash: 'M1.5 6h13v4h-13z',
  cross: 'M3 1l5 5 5-5 2 2-5 5 5 5-2 2-5-5-5 5-2-2 5-5-5-5z',
};
