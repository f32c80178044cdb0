/**
 * Keyboard movement along one line of items (the sparkline's points, the timeline's actions): arrow keys
 * step, Home and End go to the ends. Which arrows step forward is the widget's: a chart's points go up and
 * right, a list goes down.
 */
export interface RovingKeys {
  readonly forward: readonly string[];
  readonly back: readonly string[];
}

/** Down and right step forward: a list read top to bottom. */
export const LIST_KEYS: RovingKeys = { forward: ['ArrowDown', 'ArrowRight'], back: ['ArrowUp', 'ArrowLeft'] };
/** Up and right step forward: a chart whose later points lie to the right. */
export const CHART_KEYS: RovingKeys = {
  forward: ['ArrowRight', 'ArrowUp'],
  back: ['ArrowLeft', 'ArrowDown'],
};

/**
 * The index a key moves to among `length` items from `index`, or undefined for a key that does not move.
 * With no current item (`index` undefined) an arrow lands on `start` first instead of stepping.
 */
export function rovingMove(
  key: string,
  index: number | undefined,
  length: number,
  keys: RovingKeys,
  start = 0,
): number | undefined {
  if (length <= 0) return undefined;
  const last = length - 1;
  const clamp = (i: number) => Math.max(0, Math.min(last, i));
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  const step = keys.forward.includes(key) ? 1 : keys.back.includes(key) ? -1 : 0;
  if (step === 0) return undefined;
  return index === undefined ? clamp(start) : clamp(index + step);
}
