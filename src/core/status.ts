/**
 * Statuses (docs/reference.md §4.2, §5.3): status words, ratings mapped to statuses, a value against its
 * target with polarity and tolerance, and the direction of travel between two values.
 */
import { t } from './i18n/index.js';
import { didYouMean, normalise, quote, type Said, said, wordsToType } from './problems.js';

export const STATUSES = ['red', 'amber', 'green', 'blue', 'grey'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * The words the inspectorates grade in (Ofsted's 4-point scale and ILACS, its report cards, CQC, the Care
 * Inspectorate and CIW) and their statuses, so that a sheet of inspection outcomes reads as it is
 * (docs/reference.md §4.2).
 */
export const INSPECTORATE_RATING_MAP: Readonly<Record<string, Status>> = {
  exceptional: 'blue',
  'strong standard': 'green',
  'expected standard': 'green',
  'needs attention': 'amber',
  'urgent improvement': 'red',
  'requires improvement': 'amber',
  'requires improvement to be good': 'amber',
  'requires improvement (to be good)': 'amber',
  'requires significant improvement': 'red',
  weak: 'red',
  unsatisfactory: 'red',
};

/** Rating words and their statuses by default: the board papers' words, then the inspectorates'. */
export const DEFAULT_RATING_MAP: Readonly<Record<string, Status>> = {
  poor: 'red',
  satisfactory: 'amber',
  adequate: 'amber',
  good: 'green',
  excellent: 'blue',
  outstanding: 'blue',
  inadequate: 'red',
  ...INSPECTORATE_RATING_MAP,
};

export function isStatus(word: string): word is Status {
  return (STATUSES as readonly string[]).includes(word);
}

const LETTERS: Readonly<Record<string, Status>> = { r: 'red', a: 'amber', g: 'green', b: 'blue' };

export type StatusReading =
  | { kind: 'status'; status: Status; rating?: string }
  | ({ kind: 'invalid' } & Said);

/**
 * Builds the rating map: the data's `map` (keys in any case) over the defaults. Forbidden keys never reach
 * it: the map has no prototype.
 */
export function ratingMap(custom?: Readonly<Record<string, Status>>): Map<string, Status> {
  const map = new Map<string, Status>(Object.entries(DEFAULT_RATING_MAP));
  if (custom) for (const [word, status] of Object.entries(custom)) map.set(normalise(word), status);
  return map;
}

/**
 * Reads a status word (`"Amber"`), its letter (`"A"`), or a rating word mapped through `map`
 * (`"Satisfactory"` → amber, with the rating kept as written).
 */
export function readStatus(
  raw: unknown,
  map: Map<string, Status> = ratingMap(),
  field: 'status' | 'rating' = 'status',
): StatusReading {
  if (typeof raw === 'string' && raw.trim() !== '') {
    const word = normalise(raw);
    // The data's own map comes first: `map="a:green"` (A for Achieved) wins over the letter A for amber. The
    // defaults hold no status word or letter, so they change nothing here.
    const mapped = map.get(word);
    if (mapped) return { kind: 'status', status: mapped, rating: raw.trim() };
    if (isStatus(word)) return { kind: 'status', status: word };
    // Own keys only: `constructor` is not a letter.
    const letter = Object.hasOwn(LETTERS, word) ? LETTERS[word] : undefined;
    if (letter) return { kind: 'status', status: letter };
  }
  return { kind: 'invalid', ...notAStatus(raw, map, field) };
}

/**
 * Why a word is not a status, with the words to use: a rating's field names the ratings first (the editor is
 * writing the board paper's word), any other place the statuses; the nearest word when it is a slip.
 */
function notAStatus(raw: unknown, map: Map<string, Status>, field: 'status' | 'rating'): Said {
  const all = [...map.keys()];
  // The inspectorates' words are read, but not all listed: the board papers' words and the data's own are.
  const ratings = all.filter(
    (w) => !Object.hasOwn(INSPECTORATE_RATING_MAP, w) || map.get(w) !== INSPECTORATE_RATING_MAP[w],
  );
  if (typeof raw === 'string' && raw.trim() === '') {
    return said((l) =>
      t(l, 'status.emptyCell', {
        statuses: wordsToType(STATUSES, 'or', l),
        ratings: wordsToType(ratings, 'or', l),
      }),
    );
  }
  const words = [...STATUSES, ...all];
  return said((l) => {
    const params = {
      value: quote(raw, 60, l),
      guess: didYouMean(raw, words, undefined, l),
      statuses: wordsToType(STATUSES, 'or', l),
      ratings: wordsToType(ratings, 'or', l),
    };
    return field === 'rating' ? t(l, 'status.notRating', params) : t(l, 'status.notStatus', params);
  });
}

/**
 * Which way is better: higher (`up`), lower (`down`), inside a range (`range`), or not said (`none`: no polarity
 * given, or the source's `-` / `No judgement`). With `none` nothing is judged: a move is only higher or lower,
 * and no status is given against a target.
 */
export const POLARITIES = ['up', 'down', 'range', 'none'] as const;
export type Polarity = (typeof POLARITIES)[number];

export type TargetStatus = 'red' | 'amber' | 'green';

/** Rounds away floating-point noise (59.7 - 54.7 is 5.000000000000007) before comparing with a tolerance. */
function clean(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

/**
 * How far `value` falls short of what is wanted, in the indicator's units (0 when met or beaten).
 * For `range`, the distance outside `[low, high]`; with no range, a range polarity aims at the target itself.
 */
export function shortfall(
  value: number,
  target: number | undefined,
  polarity: Polarity,
  range?: readonly [number, number],
): number | undefined {
  if (polarity === 'range') {
    let [low, high] = range ?? (target === undefined ? [Number.NaN, Number.NaN] : [target, target]);
    if (Number.isNaN(low) || Number.isNaN(high)) return undefined;
    if (low > high) [low, high] = [high, low];
    if (value < low) return clean(low - value);
    if (value > high) return clean(value - high);
    return 0;
  }
  // Not knowing which way is better, nothing falls short.
  if (target === undefined || polarity === 'none') return undefined;
  const gap = polarity === 'up' ? target - value : value - target;
  return gap <= 0 ? 0 : clean(gap);
}

/**
 * Status of a value against its target (docs/reference.md §5.3): met or beaten → green; short by no more than
 * `tolerance` → amber; further off → red; no target (or range) → undefined.
 */
export function statusFromTarget(
  value: number,
  target: number | undefined,
  polarity: Polarity,
  tolerance = 0,
  range?: readonly [number, number],
): TargetStatus | undefined {
  const gap = shortfall(value, target, polarity, range);
  if (gap === undefined) return undefined;
  if (gap === 0) return 'green';
  return gap <= clean(Math.abs(tolerance)) ? 'amber' : 'red';
}

/**
 * Direction of travel: `improving` / `worsening` when the polarity says which way is better; `increasing` /
 * `decreasing` when it does not (never a judgement the data does not support); `no-change`; `none` with fewer
 * than two values.
 */
export const TRENDS = ['improving', 'worsening', 'increasing', 'decreasing', 'no-change', 'none'] as const;
export type Trend = (typeof TRENDS)[number];

/**
 * Direction of travel between the last two values, judged by polarity. For `range`, moving closer to the
 * range (or the target, when no range is given) is improving; with neither, `none`. With no polarity the move
 * is only said: `increasing` or `decreasing`.
 */
export function trend(
  previous: number | undefined,
  latest: number | undefined,
  polarity: Polarity,
  target?: number,
  range?: readonly [number, number],
): Trend {
  if (previous === undefined || latest === undefined) return 'none';
  if (polarity === 'range') {
    const before = shortfall(previous, target, 'range', range);
    const after = shortfall(latest, target, 'range', range);
    if (before === undefined || after === undefined) return 'none';
    if (after < before) return 'improving';
    if (after > before) return 'worsening';
    return 'no-change';
  }
  const change = clean(latest - previous);
  if (change === 0) return 'no-change';
  if (polarity === 'none') return change > 0 ? 'increasing' : 'decreasing';
  return change > 0 === (polarity === 'up') ? 'improving' : 'worsening';
}
