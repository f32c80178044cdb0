/**
 * A linear map from a domain to a range: what the widgets need of a d3 scale. `d3-scale`'s scaleUtc and
 * scaleLinear also bring d3-interpolate, d3-color, d3-format and d3-time-format (about 12 KB min+gzip) for
 * interpolating colours and formatting ticks, which no widget uses: dates here are UTC day numbers formatted
 * through `Intl`, and the timeline's tick dates come from d3-time's `utcTicks`, as scaleUtc's own do.
 */
export type Linear = (value: number) => number;

/**
 * `linear([d0, d1], [r0, r1])(d0) === r0` and `(d1) === r1`, straight in between and beyond. An empty
 * domain (`d0 === d1`) maps everything to the middle of the range, as d3's scales do.
 */
export function linear([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Linear {
  if (d0 === d1 || !Number.isFinite(d1 - d0)) {
    const mid = (r0 + r1) / 2;
    return () => mid;
  }
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}
