/**
 * Grade scales (docs/reference.md §4.1): the four built-in scales, custom ones, and the lenient reading of a
 * grade as the source documents write it: `"Adequate"`, `"adequate"`, `3`, `"3"`, `"Grade 3 (Adequate)"`.
 */
import { closest, listWords, normalise, quote } from './problems.js';

export interface Grade {
  /** Rank, best first (1 is best). */
  value: number;
  label: string;
  aliases?: string[];
}

export interface GradeScale {
  id: string;
  name: string;
  grades: Grade[];
}

export const BUILT_IN_SCALE_IDS = ['ofsted-4', 'ofsted-ri', 'cqc-4', 'progress-4'] as const;
export type BuiltInScaleId = (typeof BUILT_IN_SCALE_IDS)[number];

function scale(id: BuiltInScaleId, name: string, labels: string[], aliases: Record<string, string[]> = {}) {
  return {
    id,
    name,
    grades: labels.map((label, i) => ({ value: i + 1, label, aliases: aliases[label] ?? [] })),
  };
}

export const SCALES: Readonly<Record<BuiltInScaleId, GradeScale>> = {
  'ofsted-4': scale('ofsted-4', 'Ofsted 4-point scale', ['Outstanding', 'Good', 'Adequate', 'Inadequate']),
  'ofsted-ri': scale(
    'ofsted-ri',
    'Ofsted 4-point scale',
    ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'],
    { 'Requires improvement': ['Requires improvement to be good'] },
  ),
  'cqc-4': scale('cqc-4', 'CQC 4-point scale', ['Outstanding', 'Good', 'Requires improvement', 'Inadequate']),
  'progress-4': scale('progress-4', 'progress scale', ['Excellent', 'Good', 'Satisfactory', 'Poor']),
};

export const DEFAULT_SCALE: BuiltInScaleId = 'ofsted-4';

/**
 * How data says 'no judgement' (docs/reference.md §4.1): `null`, `""`, `"n/a"`, `"not judged"`,
 * `"not applicable"`.
 */
export const NO_JUDGEMENT_WORDS: readonly string[] = ['', 'n/a', 'not judged', 'not applicable'];

export type GradeReading =
  | { kind: 'grade'; grade: Grade }
  | { kind: 'none' }
  | { kind: 'invalid'; message: string };

export function isBuiltInScale(id: string): id is BuiltInScaleId {
  return (BUILT_IN_SCALE_IDS as readonly string[]).includes(id);
}

/** A built-in scale by id (any case), or `undefined`. */
export function builtInScale(id: string): GradeScale | undefined {
  const key = id.trim().toLowerCase();
  return isBuiltInScale(key) ? SCALES[key] : undefined;
}

/** The message for an unknown scale id. */
export function unknownScaleMessage(id: string): string {
  const near = closest(id, BUILT_IN_SCALE_IDS);
  return `${quote(id)} is not a scale${near ? ` (did you mean ${JSON.stringify(near)}?)` : ''}: use ${listWords(BUILT_IN_SCALE_IDS.map((s) => `"${s}"`))}, or describe your own scale in the data`;
}

/** Why a value is not a grade on the scale, with the grades to use and the nearest when it is a slip. */
function notAGrade(s: GradeScale, raw: unknown): string {
  const words = s.grades.flatMap((g) => [g.label, ...(g.aliases ?? [])]);
  const near = typeof raw === 'string' ? closest(raw, words) : undefined;
  const numbers = s.grades.map((g) => g.value);
  return `${quote(raw)} is not a grade on the ${s.name}${near ? ` (did you mean ${JSON.stringify(near)}?)` : ''}: use ${listWords(s.grades.map((g) => g.label))}, or ${numbers.length > 1 ? `a number from ${Math.min(...numbers)} to ${Math.max(...numbers)}` : numbers[0]}; leave it empty or write "not judged" for no judgement`;
}

const GRADE_N_LABEL = /^(?:grade\s*)?(\d+)\s*(?:\(\s*(.+?)\s*\)|[-–:]\s*(.+))$/;
const LABEL_N = /^(.+?)\s*\(\s*(?:grade\s*)?(\d+)\s*\)$/;
const GRADE_N = /^(?:grade\s*)?(\d+)$/;

/**
 * Reads one grade. Accepts a label or alias in any case, the number (`3`, `"3"`, `"Grade 3"`), or both
 * (`"Grade 3 (Adequate)"`, `"3 - Adequate"`, `"Adequate (3)"`), which must then agree.
 */
export function readGrade(s: GradeScale, raw: unknown): GradeReading {
  if (raw === null || raw === undefined) return { kind: 'none' };
  const notOnScale = (): GradeReading => ({ kind: 'invalid', message: notAGrade(s, raw) });
  if (typeof raw === 'number') {
    const grade = Number.isInteger(raw) ? s.grades.find((g) => g.value === raw) : undefined;
    return grade ? { kind: 'grade', grade } : notOnScale();
  }
  if (typeof raw !== 'string') return notOnScale();
  const text = normalise(raw);
  if (NO_JUDGEMENT_WORDS.includes(text)) return { kind: 'none' };

  const byLabel = (label: string) =>
    s.grades.find(
      (g) => normalise(g.label) === label || (g.aliases ?? []).some((a) => normalise(a) === label),
    );
  const byNumber = (digits: string) => s.grades.find((g) => g.value === Number(digits));

  const direct = byLabel(text);
  if (direct) return { kind: 'grade', grade: direct };

  let m = GRADE_N.exec(text);
  if (m) {
    const grade = byNumber(m[1]!);
    return grade ? { kind: 'grade', grade } : notOnScale();
  }
  let digits: string | undefined;
  let label: string | undefined;
  m = GRADE_N_LABEL.exec(text);
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
    return {
      kind: 'invalid',
      message: `${quote(raw)} gives two grades: ${digits} is ${fromNumber.label} on the ${s.name}, not ${fromLabel.label}. Check the report and write one of them, ${JSON.stringify(fromNumber.label)} or ${JSON.stringify(fromLabel.label)}`,
    };
  }
  return { kind: 'grade', grade: fromNumber };
}

export type Comparison = 'improved' | 'held' | 'declined';

/** How a later grade compares with an earlier one (1 is best). */
export function compareGrades(earlier: Grade, later: Grade): Comparison {
  if (later.value < earlier.value) return 'improved';
  if (later.value > earlier.value) return 'declined';
  return 'held';
}
