/**
 * Grade scales (docs/reference.md §4.1): the built-in scales of the UK inspectorates, custom ones, and the
 * lenient reading of a grade as the source documents write it: `"Adequate"`, `"adequate"`, `3`, `"3"`,
 * `"Grade 3 (Adequate)"`, `"5 Very Good"`.
 */
import { DEFAULT_LOCALE } from './format.js';
import { isMessageKey, languageOf, t, wordOf } from './i18n/index.js';
import { didYouMean, listWords, normalise, quote, type Said, said, wordsToType } from './problems.js';
import { gradeLabel, scaleName } from './vocabulary.js';

export interface Grade {
  /** The grade's number, by its scale's own convention (`best` says which end is best). */
  value: number;
  label: string;
  aliases?: string[];
}

/** An answer that is not a grade and not "no judgement": CQC's "Not rated". */
export interface GradeState {
  label: string;
  aliases?: string[];
}

export interface GradeScale {
  id: string;
  name: string;
  /** The grades, best first. */
  grades: Grade[];
  /** Which number is best: `lowest` (1 is best, the default) or `highest` (the Care Inspectorate's 6). */
  best?: 'lowest' | 'highest';
  /** `false` where the inspectorate gives its grades no number (a report card): the number is not shown or read. */
  numbered?: boolean;
  /** Answers that are not grades, each shown and counted as its own state (CQC's "Not rated"). */
  states?: GradeState[];
  /** The framework the scale grades under; grades on different frameworks are not compared. Default: the id. */
  framework?: string;
  /** The date its framework took effect (`2025-11-10`): a column dated before it is reported. */
  since?: string;
  /** Where its wording comes from, for the reference. */
  source?: string;
}

export const BUILT_IN_SCALE_IDS = [
  'ofsted-4',
  'ofsted-ri',
  'ofsted-report-card',
  'ofsted-safeguarding',
  'care-inspectorate-6',
  'ciw',
  'cqc-4',
  'progress-4',
] as const;
export type BuiltInScaleId = (typeof BUILT_IN_SCALE_IDS)[number];

interface ScaleSpec {
  aliases?: Record<string, string[]>;
  best?: 'lowest' | 'highest';
  numbered?: boolean;
  states?: GradeState[];
  since?: string;
  source?: string;
}

/** A built-in scale from its labels, best first, numbered 1 up (or, best `highest`, down to 1). */
function scale(id: BuiltInScaleId, name: string, labels: string[], spec: ScaleSpec = {}): GradeScale {
  const { aliases = {}, ...rest } = spec;
  const n = labels.length;
  return {
    id,
    name,
    grades: labels.map((label, i) => ({
      value: spec.best === 'highest' ? n - i : i + 1,
      label,
      aliases: aliases[label] ?? [],
    })),
    ...rest,
  };
}

export const SCALES: Readonly<Record<BuiltInScaleId, GradeScale>> = {
  'ofsted-4': scale('ofsted-4', 'Ofsted 4-point scale', ['Outstanding', 'Good', 'Adequate', 'Inadequate']),
  'ofsted-ri': scale(
    'ofsted-ri',
    'Ofsted 4-point scale',
    ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'],
    {
      aliases: {
        'Requires improvement': ['Requires improvement to be good', 'Requires improvement (to be good)'],
      },
    },
  ),
  'ofsted-report-card': scale(
    'ofsted-report-card',
    'Ofsted report card scale',
    ['Exceptional', 'Strong standard', 'Expected standard', 'Needs attention', 'Urgent improvement'],
    {
      // "Attention needed" is how some guides to the report cards write it.
      aliases: { 'Needs attention': ['Attention needed'] },
      numbered: false,
      since: '2025-11-10',
      source: 'https://www.gov.uk/guidance/understanding-ofsted-report-cards-and-grades',
    },
  ),
  'ofsted-safeguarding': scale('ofsted-safeguarding', 'Ofsted safeguarding judgement', ['Met', 'Not met'], {
    numbered: false,
    since: '2025-11-10',
    source: 'https://www.gov.uk/guidance/understanding-ofsted-report-cards-and-grades',
  }),
  'care-inspectorate-6': scale(
    'care-inspectorate-6',
    'Care Inspectorate six-point scale',
    ['Excellent', 'Very good', 'Good', 'Adequate', 'Weak', 'Unsatisfactory'],
    { best: 'highest', source: 'https://www.careinspectorate.com/index.php/inspections/change-of-grades' },
  ),
  ciw: scale(
    'ciw',
    'Care Inspectorate Wales rating scale',
    ['Excellent', 'Good', 'Requires improvement', 'Requires significant improvement'],
    {
      numbered: false,
      since: '2025-04-01',
      source:
        'https://careinspectorate.wales/ratings-care-homes-and-domiciliary-support-services-launches-wales',
    },
  ),
  'cqc-4': scale(
    'cqc-4',
    'CQC 4-point scale',
    ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'],
    {
      states: [{ label: 'Not rated', aliases: ['No rating'] }],
    },
  ),
  'progress-4': scale('progress-4', 'progress scale', ['Excellent', 'Good', 'Satisfactory', 'Poor']),
};

export const DEFAULT_SCALE: BuiltInScaleId = 'ofsted-4';

/**
 * The `narrative` scale of the `scale` and `column-scales` attributes: judgements in words with no grades (Estyn
 * has given none since 2022), for CSV and pasted tables, whose cells cannot be `{ "narrative": … }`. A cell's
 * text is its judgement; a grade, or a slip for one, is a problem, never read as words.
 */
export const NARRATIVE_SCALE: GradeScale = {
  id: 'narrative',
  name: 'narrative scale',
  grades: [],
  numbered: false,
};

/** What the `scale` and `column-scales` attributes take: a built-in scale, or `narrative`. */
export const SCALE_ATTRIBUTE_IDS = [...BUILT_IN_SCALE_IDS, 'narrative'] as const;
export type ScaleAttributeId = (typeof SCALE_ATTRIBUTE_IDS)[number];

/** A scale the attributes name by id (any case): a built-in one or `narrative`; else `undefined`. */
export function attributeScale(id: string): GradeScale | undefined {
  return id.trim().toLowerCase() === NARRATIVE_SCALE.id ? NARRATIVE_SCALE : builtInScale(id);
}

export function isNarrative(s: GradeScale): boolean {
  return s === NARRATIVE_SCALE;
}

/** Every word and printed form that reads as a grade or a state on some built-in scale, for the slip check. */
let gradeWords: string[] | undefined;

/**
 * A judgement in words on the narrative scale: its text, or `none` for no judgement. Text that reads as a
 * grade on a built-in scale (`Good`, `Grade 2`), or a slip for one (`Goood`), is a problem: the column is more
 * likely on the wrong scale than judged in one word.
 */
export function readNarrative(
  raw: unknown,
): { kind: 'words'; text: string } | { kind: 'none' } | ({ kind: 'invalid' } & Said) {
  if (raw === null || raw === undefined) return { kind: 'none' };
  const text = String(raw);
  if (NO_JUDGEMENT_WORDS.includes(normalise(text))) return { kind: 'none' };
  gradeWords ??= Object.values(SCALES).flatMap((s) =>
    [...s.grades, ...(s.states ?? [])].flatMap((g) => [g.label, ...(g.aliases ?? [])]),
  );
  const isGrade =
    typeof raw === 'number' ||
    Object.values(SCALES).some((s) => {
      const k = readGrade(s, text).kind;
      return k === 'grade' || k === 'state';
    });
  const words = gradeWords;
  const slip = isGrade ? '' : didYouMean(text, words);
  if (!isGrade && slip === '') return { kind: 'words', text: text.trim() };
  return {
    kind: 'invalid',
    ...said((l) =>
      t(l, 'scale.narrativeGrade', {
        value: quote(raw, 60, l),
        guess: isGrade ? '' : didYouMean(text, words, undefined, l),
      }),
    ),
  };
}

/**
 * How data says 'no judgement' (docs/reference.md §4.1): `null`, `""`, `"n/a"`, `"not judged"`,
 * `"not applicable"`.
 */
export const NO_JUDGEMENT_WORDS: readonly string[] = [
  '',
  'n/a',
  'not judged',
  'not applicable',
  // Welsh (the kit's own, as the catalogue's "Not judged"; amh. is "amherthnasol", not applicable).
  'heb ei farnu',
  'heb farnu',
  'amherthnasol',
  'amh.',
];

/**
 * Each grade of a scale by its Welsh word as data may write it (`Da` for Good, `Rhaid gwella` for Requires
 * improvement: the catalogue's, core/i18n/cy.ts), compared as data is (`normalise`): data from a Welsh council's
 * board paper reads as the English does. A word two grades of the scale share is no grade's (never a guess).
 */
/**
 * A built-in grade's Welsh word, compared as data is (`normalise`): `da` for Good; '' when it has none (a custom
 * scale's label, or the English-only bundle, which has no Welsh catalogue).
 */
export function welshWordOf(label: string): string {
  const key = `grade.${label}`;
  if (!isMessageKey(key) || languageOf('cy') !== 'cy') return '';
  const word = normalise(wordOf('cy', key, ''));
  return word === normalise(label) ? '' : word;
}

const welshGrades = new WeakMap<GradeScale, Map<string, Grade | null>>();
function welshGrade(s: GradeScale, text: string): Grade | undefined {
  let words = welshGrades.get(s);
  if (!words) {
    words = new Map();
    for (const g of s.grades) {
      const word = welshWordOf(g.label);
      if (word) words.set(word, words.has(word) ? null : g);
    }
    welshGrades.set(s, words);
  }
  return words.get(text) ?? undefined;
}

export type GradeReading =
  | { kind: 'grade'; grade: Grade }
  | { kind: 'state'; state: GradeState }
  | { kind: 'none' }
  | ({ kind: 'invalid' } & Said);

export function isBuiltInScale(id: string): id is BuiltInScaleId {
  return (BUILT_IN_SCALE_IDS as readonly string[]).includes(id);
}

/** A built-in scale by id (any case), or `undefined`. */
export function builtInScale(id: string): GradeScale | undefined {
  const key = id.trim().toLowerCase();
  return isBuiltInScale(key) ? SCALES[key] : undefined;
}

/** Whether the scale's grades carry a number (shown as `Adequate (3)` and read as `3`). */
export function isNumbered(s: GradeScale): boolean {
  return s.numbered !== false;
}

/**
 * The scale with its grades best first, by its `best` end (a custom scale may list them in any order). The
 * built-in scales already are.
 */
export function bestFirst(s: GradeScale): GradeScale {
  const sign = s.best === 'highest' ? -1 : 1;
  return { ...s, grades: [...s.grades].sort((a, b) => sign * (a.value - b.value)) };
}

/** The message for an unknown scale id, in `locale` (a problem takes `unknownScale`, in every locale). */
export function unknownScaleMessage(id: string, locale: string = DEFAULT_LOCALE): string {
  return t(locale, 'scale.unknown', {
    value: quote(id, 60, locale),
    guess: didYouMean(id, BUILT_IN_SCALE_IDS, undefined, locale),
    scales: listWords(
      BUILT_IN_SCALE_IDS.map((s) => `"${s}"`),
      'or',
      locale,
    ),
  });
}

/** The message for an unknown scale id, in every locale: `{ path, ...unknownScale(id) }`. */
export function unknownScale(id: string): Said {
  return said((l) => unknownScaleMessage(id, l));
}

/** `a number from 1 to 4`, `a number from 1 to 6 (6 is best)`, or nothing for a scale with no numbers. */
function numberWords(s: GradeScale, locale: string): string {
  if (!isNumbered(s)) return '';
  const numbers = s.grades.map((g) => g.value);
  const top = String(Math.max(...numbers));
  if (numbers.length === 1) return t(locale, 'scale.orNumber', { n: String(numbers[0]) });
  const low = String(Math.min(...numbers));
  return t(locale, s.best === 'highest' ? 'scale.orNumberFromBest' : 'scale.orNumberFrom', {
    low,
    high: top,
  });
}

/** Why a value is not a grade on the scale, with the grades to use and the nearest when it is a slip. */
function notAGrade(s: GradeScale, raw: unknown): Said {
  const states = s.states ?? [];
  const words = [...s.grades, ...states].flatMap((g) => [g.label, ...(g.aliases ?? [])]);
  const stateLabels = states.map((state) => JSON.stringify(state.label));
  const labels = s.grades.map((g) => g.label);
  return said((l) =>
    t(l, 'scale.notGrade', {
      value: quote(raw, 60, l),
      scale: scaleName(s, l),
      guess: didYouMean(raw, words, undefined, l),
      grades: wordsToType(labels, 'or', l),
      numbers: numberWords(s, l),
      states: stateLabels.length
        ? t(l, 'scale.statesWords', { states: listWords(stateLabels, 'or', l) })
        : '',
    }),
  );
}

const GRADE_N_LABEL = /^(?:grade\s*)?(\d+)\s*(?:\(\s*(.+?)\s*\)|[-–:]\s*(.+))$/;
/** `5 Very Good`: the number, a space, the label (as the Care Inspectorate prints it). */
const N_SPACE_LABEL = /^(?:grade\s*)?(\d+)\s+([^\s\d(:–-].*)$/;
const LABEL_N = /^(.+?)\s*\(\s*(?:grade\s*)?(\d+)\s*\)$/;
const GRADE_N = /^(?:grade\s*)?(\d+)$/;

/**
 * Reads one grade. Accepts a label or alias in any case, the number (`3`, `"3"`, `"Grade 3"`), or both
 * (`"Grade 3 (Adequate)"`, `"3 - Adequate"`, `"3 – Adequate"`, `"5 Very Good"`, `"Adequate (3)"`), which must
 * then agree; on a scale with no numbers, the label alone. A state of the scale (`"Not rated"`) is read as
 * itself.
 */
export function readGrade(s: GradeScale, raw: unknown): GradeReading {
  if (raw === null || raw === undefined) return { kind: 'none' };
  const notOnScale = (): GradeReading => ({ kind: 'invalid', ...notAGrade(s, raw) });
  const numbered = isNumbered(s);
  if (typeof raw === 'number') {
    const grade = numbered && Number.isInteger(raw) ? s.grades.find((g) => g.value === raw) : undefined;
    return grade ? { kind: 'grade', grade } : notOnScale();
  }
  if (typeof raw !== 'string') return notOnScale();
  const text = normalise(raw);
  if (NO_JUDGEMENT_WORDS.includes(text)) return { kind: 'none' };

  const named = (w: { label: string; aliases?: string[] }, label: string) =>
    normalise(w.label) === label || (w.aliases ?? []).some((a) => normalise(a) === label);
  const byLabel = (label: string) => s.grades.find((g) => named(g, label)) ?? welshGrade(s, label);
  const byNumber = (digits: string) => s.grades.find((g) => g.value === Number(digits));

  const direct = byLabel(text);
  if (direct) return { kind: 'grade', grade: direct };
  const state = s.states?.find((t) => named(t, text));
  if (state) return { kind: 'state', state };
  if (!numbered) return notOnScale();

  let m = GRADE_N.exec(text);
  if (m) {
    const grade = byNumber(m[1]!);
    return grade ? { kind: 'grade', grade } : notOnScale();
  }
  let digits: string | undefined;
  let label: string | undefined;
  m = GRADE_N_LABEL.exec(text) ?? N_SPACE_LABEL.exec(text);
  if (m) {
    digits = m[1];
    label = m[2] ?? m[3];
  } else {
    m = LABEL_N.exec(text);
    if (m) {
      label = m[1];
      digits = m[2];
    }
  }
  if (digits === undefined || label === undefined) return notOnScale();
  const fromNumber = byNumber(digits);
  const fromLabel = byLabel(label);
  if (!fromNumber || !fromLabel) return notOnScale();
  if (fromNumber !== fromLabel) {
    const number = digits;
    return {
      kind: 'invalid',
      ...said((l) =>
        t(l, 'scale.twoGrades', {
          value: quote(raw, 60, l),
          digits: number,
          grade: gradeLabel(fromNumber.label, l),
          scale: scaleName(s, l),
          other: gradeLabel(fromLabel.label, l),
          first: JSON.stringify(fromNumber.label),
          second: JSON.stringify(fromLabel.label),
        }),
      ),
    };
  }
  return { kind: 'grade', grade: fromNumber };
}

export type Comparison = 'improved' | 'held' | 'declined';

/**
 * How a later grade compares with an earlier one on the same scale: by number, the scale's `best` end best
 * (by default 1 is best; on the Care Inspectorate's scale 6 is).
 */
export function compareGrades(
  earlier: Grade,
  later: Grade,
  best: 'lowest' | 'highest' = 'lowest',
): Comparison {
  const better = best === 'highest' ? later.value > earlier.value : later.value < earlier.value;
  if (later.value === earlier.value) return 'held';
  return better ? 'improved' : 'declined';
}

/**
 * Whether grades on two scales can be compared: the same scale, under the same framework since the same date.
 * Ofsted says its report card grades "can't be compared to the old ones".
 */
export function sameGrading(a: GradeScale, b: GradeScale): boolean {
  return (
    a.id === b.id && (a.framework ?? a.id) === (b.framework ?? b.id) && (a.since ?? '') === (b.since ?? '')
  );
}
