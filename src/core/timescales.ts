/**
 * Timescales and derived action statuses (docs/reference.md §5.4). All dates are day numbers (see
 * periods.ts), so a due date never moves by a day in any time zone.
 */
import { addWorkingDays, HOLIDAY_YEARS, type HolidayRegion, regionWords } from './bank-holidays.js';
import { t } from './i18n/index.js';
import { addMonths, inDateYears, outOfYears, PERIOD_FORMS, parsePeriod } from './periods.js';
import { quote, type Said, said, saidOf } from './problems.js';

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

const WITHIN =
  /^within\s+(\d+|[a-z]+)\s+(working\s+day|day|week|month)s?(?:\s+of\s+(?:the\s+)?(report|publication|inspection))?$/;
const BY = /^by\s+(?:the\s+)?(?:end\s+of\s+)?(.+)$/i;
const ONGOING = /^(?:ongoing|on-going|continuous|continuing)$/;
const NEXT_INSPECTION = /^(?:by|at|before)\s+(?:the\s+)?next\s+inspection$/;

/**
 * The timescales `dueFromTimescale` reads (BY, `immediately`, WITHIN), as one regular expression source over
 * lower-case text, for the JSON Schemas: change both together.
 */
export const TIMESCALE_FORMS = [
  'immediately|immediate',
  'ongoing|on-going|continuous|continuing',
  String.raw`(?:by|at|before)\s+(?:the\s+)?next\s+inspection`,
  String.raw`within\s+(?:0*[1-9]\d*|${Object.keys(NUMBER_WORDS).join('|')})\s+(?:working\s+day|day|week|month)s?(?:\s+of\s+(?:the\s+)?(?:report|publication|inspection))?`,
  String.raw`by\s+(?:the\s+)?(?:end\s+of\s+)?(?:${PERIOD_FORMS})`,
].join('|');

/** A timescale with no due date that is not a problem: `Ongoing` work, or work due `by the next inspection`. */
export type OpenTimescale = 'ongoing' | 'next inspection';

export type DueReading =
  | { ok: true; due: number; open?: undefined }
  | { ok: true; due?: undefined; open: OpenTimescale }
  | ({ ok: false } & Said);

/**
 * Whether a timescale counts from the inspection (`within 70 working days of the inspection`): from the
 * `inspected` date when the data gives one, else from publication, and the due date then says so.
 */
export function countsFromInspection(timescale: string): boolean {
  return WITHIN.exec(timescale.trim().replace(/\s+/g, ' ').toLowerCase())?.[3] === 'inspection';
}

/**
 * The due date of a timescale counted from the publication day (or, for `… of the inspection`, from
 * `inspected`, the inspection's last day, when given; else from publication too): `Immediately` → that day;
 * `Within N days|weeks|months` (N in digits, or words one to twelve; `a month`) → that many after;
 * `Within N working days` → the Nth working day after it (Monday to Friday, not a bank holiday of `holidays`,
 * England and Wales by default; bank-holidays.ts); `by <period>` or `by the end of <period>` → the last day of
 * the period (`by March 2010` → 31 March 2010). `Ongoing` (or `continuous`) and `by the next inspection` have
 * no due date, and say so (`open`).
 */
export function dueFromTimescale(
  timescale: string,
  published: number | undefined,
  holidays: HolidayRegion = 'england-and-wales',
  inspected?: number,
): DueReading {
  const spaced = timescale.trim().replace(/\s+/g, ' ');
  const text = spaced.toLowerCase();
  if (ONGOING.test(text)) return { ok: true, open: 'ongoing' };
  if (NEXT_INSPECTION.test(text)) return { ok: true, open: 'next inspection' };
  const by = BY.exec(spaced);
  if (by) {
    const reading = parsePeriod(by[1]!);
    return reading.ok ? { ok: true, due: reading.period.end } : { ok: false, ...saidOf(reading) };
  }
  const fail = (
    key:
      | 'timescale.needsPublished'
      | 'timescale.badNumber'
      | 'timescale.needsInspected'
      | 'timescale.notTimescale',
  ): DueReading => ({
    ok: false,
    ...said((l) => t(l, key, { value: quote(timescale, 60, l) })),
  });
  const needsPublished = (): DueReading => fail('timescale.needsPublished');
  if (text === 'immediately' || text === 'immediate') {
    return published === undefined ? needsPublished() : { ok: true, due: published };
  }
  const m = WITHIN.exec(text);
  if (m) {
    // Own keys only: `constructor` is not a number word.
    const word = m[1]!;
    const n = /^\d+$/.test(word)
      ? Number(word)
      : Object.hasOwn(NUMBER_WORDS, word)
        ? NUMBER_WORDS[word]
        : undefined;
    if (n === undefined || n < 1) {
      return fail('timescale.badNumber');
    }
    const fromInspection = m[3] === 'inspection';
    const start = fromInspection ? (inspected ?? published) : published;
    if (start === undefined) {
      return fromInspection ? fail('timescale.needsInspected') : needsPublished();
    }
    // A due date past the years the kit reads is refused (a hostile 999999999 is not counted out).
    const within = (due: number): DueReading =>
      inDateYears(due)
        ? { ok: true, due }
        : {
            ok: false,
            ...said((l) =>
              t(l, 'timescale.outOfYears', { value: quote(timescale, 60, l), outOfYears: outOfYears(l) }),
            ),
          };
    if (n > 100_000) return within(Number.POSITIVE_INFINITY);
    const unit = m[2];
    if (unit === 'day') return within(start + n);
    if (unit === 'working day') {
      const r = addWorkingDays(start, n, holidays);
      if (r.ok) return within(r.due);
      return {
        ok: false,
        ...said((l) =>
          t(l, 'timescale.holidaysUnknown', {
            value: quote(timescale, 60, l),
            year: String(r.year),
            region: regionWords(holidays, l),
            first: String(HOLIDAY_YEARS.first),
            last: String(HOLIDAY_YEARS.last),
          }),
        ),
      };
    }
    if (unit === 'week') return within(start + 7 * n);
    return within(addMonths(start, n));
  }
  return fail('timescale.notTimescale');
}

export const ACTION_STATUSES = ['not started', 'in progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** `ongoing`: work with no end (an `Ongoing` or `Continuous` timescale), never derived from a date. */
export const DERIVED_STATUSES = ['overdue', 'due soon', 'done', 'not yet due', 'ongoing'] as const;
export type DerivedStatus = (typeof DERIVED_STATUSES)[number];

/** 'Due soon' is within this many days of `asOf` (docs/reference.md §5.4). */
export const DUE_SOON_DAYS = 14;

export interface Derived {
  status: DerivedStatus;
  /** Overdue: days past due as of `asOf`. Due soon / not yet due: days left. */
  days: number;
  /** Done: whether it was completed after its due date (unknown when no completion date is given). */
  late?: boolean;
  /** Done: days late (completed − due), when late. */
  daysLate?: number;
}

/**
 * The derived status of an action as of a day: done (with whether late), overdue (due before `asOf`),
 * due soon (due today or within 14 days) or not yet due.
 */
export function deriveStatus(
  due: number,
  asOf: number,
  status: ActionStatus | undefined,
  completed?: number,
): Derived {
  if (status === 'done') {
    if (completed === undefined) return { status: 'done', days: 0 };
    const late = completed > due;
    return late
      ? { status: 'done', days: 0, late, daysLate: completed - due }
      : { status: 'done', days: 0, late: false };
  }
  if (due < asOf) return { status: 'overdue', days: asOf - due };
  if (due - asOf <= DUE_SOON_DAYS) return { status: 'due soon', days: due - asOf };
  return { status: 'not yet due', days: due - asOf };
}
