/**
 * The kit's vocabulary: one record per enumeration, with everything a widget shows for each value (its word,
 * letter, meaning, rank, shape and tone). The compiler checks that every value has every part, so a status,
 * an action's state or a comparison changes in one place and every widget, legend and filter follows.
 * Shapes carry meaning beside colour: a reader who cannot tell the colours apart, prints in black and white or
 * uses forced colours still can.
 */
import { t, wordOf } from './i18n/index.js';
import type { Comparison, GradeScale } from './scales.js';
import type { Status } from './status.js';
import type { DerivedStatus } from './timescales.js';

/** The shapes marks are drawn in (base/marks.ts draws them). */
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

/** A mark: its shape and its tone class (`tone-green`, `tone-grade-1`). */
export interface Look {
  readonly shape: Shape;
  readonly tone: string;
}

export interface StatusTerms extends Look {
  /** `Amber`. */
  readonly word: string;
  /** Shown beside the mark (never colour alone); grey shows a dash. */
  readonly letter: string;
  /** `at risk`: what the status means, for legends. */
  readonly meaning: string;
  /** Order in counts, filters and legends: best first. */
  readonly rank: number;
}

/** Statuses: blue star, green circle, amber triangle, red square, grey dash, the shapes of the grades they map from by default. */
export const STATUS: { readonly [S in Status]: StatusTerms } = {
  blue: {
    word: 'Blue',
    letter: 'B',
    meaning: 'complete or exceeded',
    rank: 0,
    shape: 'star',
    tone: 'tone-blue',
  },
  green: {
    word: 'Green',
    letter: 'G',
    meaning: 'on track or met',
    rank: 1,
    shape: 'circle',
    tone: 'tone-green',
  },
  amber: { word: 'Amber', letter: 'A', meaning: 'at risk', rank: 2, shape: 'triangle', tone: 'tone-amber' },
  red: { word: 'Red', letter: 'R', meaning: 'off track or poor', rank: 3, shape: 'square', tone: 'tone-red' },
  grey: {
    word: 'Grey',
    letter: '–',
    meaning: 'no data or not assessed',
    rank: 4,
    shape: 'dash',
    tone: 'tone-grey',
  },
};

/** Statuses best first, as counts, filters and legends list them. */
export const STATUS_ORDER: readonly Status[] = (Object.keys(STATUS) as Status[]).sort(
  (a, b) => STATUS[a].rank - STATUS[b].rank,
);

/** What a timeline action can be: a derived status, a milestone, or an action with no due date. */
export type ActionKind = DerivedStatus | 'milestone' | 'no due date';

export interface ActionTerms extends Look {
  /** `Due soon`. */
  readonly word: string;
}

export const ACTION_KIND: { readonly [K in ActionKind]: ActionTerms } = {
  overdue: { word: 'Overdue', shape: 'square', tone: 'tone-red' },
  'due soon': { word: 'Due soon', shape: 'triangle', tone: 'tone-amber' },
  done: { word: 'Done', shape: 'star', tone: 'tone-blue' },
  'not yet due': { word: 'Not yet due', shape: 'circle', tone: 'tone-none' },
  ongoing: { word: 'Ongoing', shape: 'hexagon', tone: 'tone-none' },
  milestone: { word: 'Milestone', shape: 'diamond', tone: 'tone-grey' },
  'no due date': { word: 'No due date', shape: 'cross', tone: 'tone-invalid' },
};

/** A judgement against the column before (`compare`). */
export const COMPARISON: { readonly [C in Comparison]: { readonly word: string; readonly arrow: string } } = {
  improved: { word: 'Improved', arrow: '↑' },
  held: { word: 'Held', arrow: '→' },
  declined: { word: 'Declined', arrow: '↓' },
};

/** How a value moved from the one before (the sparkline's arrow). */
export type Change = 'up' | 'down' | 'flat';
export const CHANGE: { readonly [C in Change]: { readonly arrow: string } } = {
  up: { arrow: '↑' },
  down: { arrow: '↓' },
  flat: { arrow: '→' },
};

/** Grades, best first: star, circle, triangle, square (then diamond, hexagon for longer custom scales). */
export function gradeShape(rank: number): Shape {
  return SHAPES[Math.max(0, rank) % 6]!;
}

/** A grade's look by its rank on a scale of `count` grades (0 = best). */
export function gradeLook(rank: number, count: number): Look {
  return { shape: gradeShape(rank), tone: gradeTone(rank, count) };
}

/**
 * The grade tones, best to worst. A scale of up to four grades is spread over the four outer ones (as the
 * 2009 scales always were); one of five or more also uses the middle tone, so that a report card's five grades
 * have five tones ("Expected standard" is not drawn as "Needs attention").
 */
const FOUR_TONES = ['tone-grade-1', 'tone-grade-2', 'tone-grade-3', 'tone-grade-4'] as const;
const FIVE_TONES = [
  'tone-grade-1',
  'tone-grade-2',
  'tone-grade-middle',
  'tone-grade-3',
  'tone-grade-4',
] as const;

/** The tone of a grade by its rank on a scale of `count` grades: spread over the grade tones, best to worst. */
export function gradeTone(rank: number, count: number): string {
  const tones = count >= FIVE_TONES.length ? FIVE_TONES : FOUR_TONES;
  const step = count > 1 ? Math.round((rank / (count - 1)) * (tones.length - 1)) : 0;
  return tones[Math.min(Math.max(step, 0), tones.length - 1)]!;
}

/** A table cell that is not a judgement or status: no judgement, not valid, no entry. */
export const NOT_JUDGED: Look = { shape: 'dash', tone: 'tone-none' };
export const NOT_VALID: Look = { shape: 'cross', tone: 'tone-invalid' };
/** A state of a scale that is neither a grade nor "no judgement": CQC's "Not rated". */
export const NOT_RATED: Look = { shape: 'hexagon', tone: 'tone-none' };

/** A status's word in a locale: `Amber`, `Ambr`. */
export function statusWord(status: Status, locale: string | undefined): string {
  return t(locale, `status.${status}`);
}

/** The letter shown beside a status's mark: `A`; Welsh `Gl` for Glas (blue), so that it is not Gwyrdd's `G`. */
export function statusLetter(status: Status, locale: string | undefined): string {
  return t(locale, `status.${status}.letter`);
}

/** What a status means, for legends: `at risk`. */
export function statusMeaning(status: Status, locale: string | undefined): string {
  return t(locale, `status.${status}.meaning`);
}

/** A timeline action's kind in words: `Due soon`. */
export function actionWord(kind: ActionKind, locale: string | undefined): string {
  return t(locale, `action.${kind}`);
}

/**
 * A grade's or a scale state's label in a locale: a built-in scale's (`Good` → `Da`) from the catalogue, a
 * custom scale's as the data wrote it.
 */
export function gradeLabel(label: string, locale: string | undefined): string {
  return wordOf(locale, `grade.${label}`, label);
}

/** A scale's name in a locale: a built-in scale's from the catalogue, a custom one's as written. */
export function scaleName(scale: GradeScale, locale: string | undefined): string {
  // Only a built-in scale's: a custom scale that takes a built-in id keeps its own name.
  const key = `scale.${scale.id}`;
  return wordOf('en-GB', key, '') === scale.name ? wordOf(locale, key, scale.name) : scale.name;
}
