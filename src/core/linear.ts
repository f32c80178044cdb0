/**
 * A linear map from a domain to a range: what the widgets need of a d3 scale. `d3-scale`'s scaleUtc and
 * scaleLinear also bring d3-interpolate, d3-color, d3-format and d3-time-format (about 12 KB min+gzip) for
 * interpolating colours and formatting ticks, which no widget uses: dates here are UTC day numbers formatted
 * through `Intl`, and the timeline's tick dates come from d3-time's `utcTicks`, as scaleUtc's own do.
 */
export type Linear = (value: number) => number;

/**
 * `linear([d0, d1], [r0, r1])(d0) === r0` and `(d1) === r1` exactly, straight in between and beyond, with
 * d3's arithmetic (`t = (v - d0) / (d1 - d0)`, then `r0 * (1 - t) + r1 * t`), so that positions are what
 * scaleLinear and scaleUtc gave to the last digit. An empty or infinite domain maps everything to the middle
 * of the range (d3 gives the middle for an empty one).
 */
export function linear([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Linear {
  const span = d1 - d0;
  if (span === 0 || !Number.isFinite(span)) {
    const mid = (r0 + r1) / 2;
    return () => mid;
  }
  return (value) => {
    const t = (value - d0) / span;
    return r0 * (1 - t) + r1 * t;
  };
}
