/**
 * Periods (docs/reference.md §6). Every period is a span of whole days. Days are counted in UTC from 1
 * January 1970 (a "day number"), so nothing here depends on the time zone of the machine: `2010-03-31` is day
 * 14699 everywhere, and only turns into a `Date` at UTC midnight for d3-time's UTC ticks and `Intl` with
 * `timeZone: 'UTC'`.
 *
 * Accepted (any case, surrounding space ignored):
 * - dates: `2010-03-31` (a time part after `T` is ignored), `31/03/2010` (UK order), `7 January 2010`,
 *   `7th Jan 2010`;
 * - months: `2010-03`, `March 2010`, `Mar 2010` (`2009-10` is October 2009, never a financial year);
 * - UK financial years, 1 April to 31 March: `2009/10`, `2009/2010`, `FY2009/10`, `FY 2009-2010`,
 *   `2009 to 2010`;
 * - their quarters: `Q1 2010/11` (April to June 2010), `2010/11 Q1`, `Q4 FY2009/10` (January to March 2010);
 * - academic years, 1 September to 31 August: `2018/19 academic year`, `AY 2018/19`, `academic year 2018/19`
 *   (`2018/19` alone is a financial year, unless the caller says `periodType: 'academic-year'`);
 * - school terms: `Spring term 2024/25`, `2024/25 autumn term`, `Autumn and spring term 2024/25`;
 * - snapshot dates: `As at 31 March 2025`, `at 2025-03-31` (the day, written back as given);
 * - calendar years: `2009`;
 * - Excel's own date formats: `Mar-10` and `Mar-2010` (mmm-yy: March 2010, never 10 March), `31-Mar-10` and
 *   `31-Mar-2010` (d-mmm-yy); a two-digit year is read as Excel reads it, 00–29 as 2000–2029, 30–99 as
 *   1930–1999.
 * An Excel serial number (`40268`) is a date only in a date field (`serialDate`, used by the timeline's `due`,
 * `completed`, `published` and `asOf`); anywhere else it is an error that says how to fix it in Excel.
 * A quarter or month without a year (`Q4`, `March`) and a calendar quarter (`Q1 2010`, ambiguous between the
 * calendar and the financial year) are errors that say what to write instead; so is a bare six-digit code
 * (`201819`), which names both the financial and the academic year it could be. `eesPeriod` reads Explore
 * Education Statistics codes with their `time_identifier`.
 */
import { t } from './i18n/index.js';
import { MONTH_NAMES } from './months.js';
import { listWords, quote, type Said, said, type Words, wordsToType } from './problems.js';

export type PeriodKind = 'date' | 'month' | 'quarter' | 'financial-year' | 'academic-year' | 'term' | 'year';

/**
 * How a year pair (`2018/19`, `2018 to 2019`) is read for one indicator: as the UK
 * financial year (the default, 1 April to 31 March) or as the academic year (1 September to 31 August).
 */
export type PeriodType = 'financial-year' | 'academic-year';

export interface PeriodOptions {
  periodType?: PeriodType;
}

/** A period read from data. Readings are shared and frozen (see parsePeriod), hence read-only. */
export interface Period {
  /** As written in the data: a period is always written back in the form it was given. */
  readonly label: string;
  readonly kind: PeriodKind;
  /** First day (day number, UTC). */
  readonly start: number;
  /** Last day, inclusive (day number, UTC). */
  readonly end: number;
  /** The middle of the span in days (may be fractional): where a series point sits on the time axis. */
  readonly mid: number;
}

/** A period, or why the value is not one (its message, and its words in any locale where the kit wrote it). */
export type PeriodReading = { ok: true; period: Period } | ({ ok: false } & Said);

const MS_PER_DAY = 86_400_000;

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/**
 * The Welsh months as the kit writes them in Welsh dates, long and short (`Mawrth`, `Maw`: months.ts), in lower
 * case: a date copied from a Welsh widget reads back (`31 Mawrth 2010`). No Welsh name is an English month's.
 */
const WELSH_MONTHS: readonly string[][] = MONTH_NAMES.cy!.map((names) => names.map((n) => n.toLowerCase()));

function monthIndex(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m === w || (m.startsWith(w) && (w.length === 3 || w === 'sept')));
  if (i >= 0) return i + 1;
  for (const names of WELSH_MONTHS) {
    const j = names.indexOf(w);
    if (j >= 0) return j + 1;
  }
  return undefined;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Day number of a calendar date (month 1–12). Does not check the day is real: see `isRealDate`. */
export function dayNumber(year: number, month: number, day: number): number {
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The calendar date of a day number. */
export function ymd(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A day number (or fractional day) as a `Date` at UTC midnight (plus the fraction). */
export function dayToDate(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

/** ISO `YYYY-MM-DD` of a day number. */
export function isoDate(day: number): string {
  return dayToDate(day).toISOString().slice(0, 10);
}

/** Today's date where the reader is (their local calendar day), as a day number. */
export function today(now: Date = new Date()): number {
  return dayNumber(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Adds calendar months, keeping the day of the month where it exists (31 January + 1 month → 28/29 February). */
export function addMonths(day: number, months: number): number {
  const { year, month, day: d } = ymd(day);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return dayNumber(y, m, Math.min(d, daysInMonth(y, m)));
}

function span(label: string, kind: PeriodKind, start: number, end: number): PeriodReading {
  return { ok: true, period: { label, kind, start, end, mid: (start + end + 1) / 2 } };
}

function monthSpan(label: string, year: number, month: number): PeriodReading {
  return span(label, 'month', dayNumber(year, month, 1), dayNumber(year, month, daysInMonth(year, month)));
}

function financialYear(first: number, second: string): number | undefined {
  const next = second.length === 2 ? (first + 1) % 100 : first + 1;
  return Number(second) === next ? first : undefined;
}

const YEARS = String.raw`(\d{4})\s*(?:/|-|–|\bto\b)\s*(\d{4}|\d{2})`;
const FY = String.raw`(?:fy\s*)?${YEARS}`;
const TERM = '(autumn|spring|summer|autumn and spring) term';
const RE = {
  isoDate: /^(\d{4})-(\d{2})-(\d{2})(?:t[\d:.]*(?:z|[+-]\d{2}:?\d{2})?)?$/,
  ukDate: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/,
  wordDate: /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+\.?),?\s+(\d{4})$/,
  isoMonth: /^(\d{4})-(\d{1,2})$/,
  excelDate: /^(\d{1,2})-([a-z]+\.?)-(\d{2}|\d{4})$/,
  excelMonth: /^([a-z]+\.?)-(\d{2}|\d{4})$/,
  serial: /^\d{5}$/,
  monthSpaceTwoDigits: /^([a-z]+\.?)\s+(\d{1,2})$/,
  wordMonth: /^([a-z]+\.?),?\s+(\d{4})$/,
  fy: new RegExp(`^${FY}$`),
  quarterFirst: new RegExp(`^q([1-4])\\s*,?\\s*${FY}$`),
  quarterLast: new RegExp(`^${FY}\\s*,?\\s*q([1-4])$`),
  year: /^(\d{4})$/,
  calendarQuarter: /^(?:q([1-4])\s+(\d{4})|(\d{4})\s+q([1-4]))$/,
  bareQuarter: /^q([1-4])$/,
  academicFirst: new RegExp(`^(?:ay|academic year)\\s*${YEARS}$`),
  academicLast: new RegExp(`^${YEARS}\\s*academic year$`),
  termFirst: new RegExp(`^${TERM}\\s*,?\\s*${YEARS}$`),
  termLast: new RegExp(`^${YEARS}\\s*,?\\s*${TERM}$`),
  bareTerm: new RegExp(`^${TERM}$`),
  snapshot: /^(?:as at|as of|at) (.+)$/,
  dayMonth: /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+\.?)$/,
  yearCode: /^(\d{4})(\d{2})$/,
};

/** The first year of the academic year `first`/`second`, written as an academic year, or a problem. */
function academicSpan(label: string, first: number, second: string, bad: (why: Words) => PeriodReading) {
  const start = financialYear(first, second);
  if (start === undefined) return bad((l) => t(l, 'period.notAcademicYear'));
  return span(label, 'academic-year', dayNumber(start, 9, 1), dayNumber(start + 1, 8, 31));
}

/** Months of the school terms, for drawing: term dates differ between schools and years. */
const TERMS: Readonly<Record<string, { from: [number, number]; to: [number, number] }>> = {
  autumn: { from: [0, 9], to: [0, 12] },
  spring: { from: [1, 1], to: [1, 3] },
  summer: { from: [1, 4], to: [1, 8] },
  'autumn and spring': { from: [0, 9], to: [1, 3] },
};

function termSpan(
  label: string,
  term: string,
  first: number,
  second: string,
  bad: (why: Words) => PeriodReading,
) {
  const start = financialYear(first, second);
  if (start === undefined) return bad((l) => t(l, 'period.notTerm'));
  const { from, to } = TERMS[term]!;
  const endYear = start + to[0];
  return span(
    label,
    'term',
    dayNumber(start + from[0], from[1], 1),
    dayNumber(endYear, to[1], daysInMonth(endYear, to[1])),
  );
}

/** `2018/19` of a year and the next: the short form the kit writes a year pair in. */
function pairLabel(first: number): string {
  return `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
}

/** The first year of a six-digit code of a year and the next (`201819` → 2018), or `undefined`. */
function yearCode(text: string): number | undefined {
  const m = RE.yearCode.exec(text);
  return m ? financialYear(+m[1]!, m[2]!) : undefined;
}

function quarterSpan(label: string, q: number, fyStart: number): PeriodReading {
  // Q1 is April–June of the first year; Q4 is January–March of the second.
  const startMonth = ((q - 1) * 3 + 3) % 12; // 0-based month index: 3, 6, 9, 0
  const year = q === 4 ? fyStart + 1 : fyStart;
  const start = dayNumber(year, startMonth + 1, 1);
  const endMonth = startMonth + 3;
  const end = dayNumber(year, endMonth, daysInMonth(year, endMonth));
  return span(label, 'quarter', start, end);
}

type Rule = [
  RegExp,
  (m: RegExpExecArray, label: string, bad: (why: Words) => PeriodReading) => PeriodReading | undefined,
];

function dateSpan(
  label: string,
  bad: (why: Words) => PeriodReading,
  y: number,
  mo: number | undefined,
  d: number,
) {
  if (mo === undefined) return bad((l) => t(l, 'period.unknownMonth'));
  if (!isRealDate(y, mo, d)) return bad((l) => t(l, 'period.notRealDate'));
  const day = dayNumber(y, mo, d);
  return span(label, 'date', day, day);
}

/**
 * A year as Excel writes it: four digits as they are; two digits 00–29 as 2000–2029, as Excel reads them.
 * Two digits 30–99 give `undefined`: Excel would read 1930–1999, but a due date of "Mar-30" is far more likely
 * 2030, so the year must be written in full rather than guessed either way.
 */
function excelYear(digits: string): number | undefined {
  const y = Number(digits);
  if (digits.length === 4) return y;
  return y < 30 ? 2000 + y : undefined;
}

/** The message for `Mar-30` or `31-Mar-35`, written as the editor wrote it: `… (e.g. Mar-2030 or Mar-1930)`. */
function fullYear(label: string): Words {
  const text = label.trim();
  const [start, yy] = [text.slice(0, -2), text.slice(-2)];
  return (l) => t(l, 'period.twoDigitYear', { later: `${start}20${yy}`, earlier: `${start}19${yy}` });
}

/** Day number of Excel's day 0 (its serial 1 is 1 January 1900; its 1900 is wrongly a leap year). */
const EXCEL_EPOCH = dayNumber(1899, 12, 30);
/** Excel's serial numbers of 1 January 1990 and 31 December 2100. */
const SERIAL_1990 = dayNumber(1990, 1, 1) - EXCEL_EPOCH;
const SERIAL_2100 = dayNumber(2100, 12, 31) - EXCEL_EPOCH;

/**
 * An Excel serial number (a whole number of five digits, 32874 to 73050: 1 January 1990 to 31 December 2100) as an
 * ISO date, or `undefined`. Only date fields read these: a four-digit number is a year, never a serial.
 */
export function serialDate(raw: unknown): string | undefined {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  if (!RE.serial.test(text)) return undefined;
  const n = Number(text);
  // Only 1990 to 2100: a five-digit number outside them is far likelier an id or a shifted column than a date.
  if (n < SERIAL_1990 || n > SERIAL_2100) return undefined;
  return isoDate(EXCEL_EPOCH + n);
}

/**
 * A snapshot date, `As at 31 March 2025` or `at 31/03/2025`: the day, kept as written. A day and month with no
 * year, or anything but a day, is refused with the form to write.
 */
function snapshotDate(rest: string, label: string, bad: (why: Words) => PeriodReading): PeriodReading {
  const dm = RE.dayMonth.exec(rest);
  if (dm && monthIndex(dm[2]!) !== undefined)
    return bad((l) => t(l, 'period.snapshotNoYear', { example: `"${label} 2025"` }));
  const reading = readPeriod(rest);
  if (!reading.ok || reading.period.kind !== 'date') return bad((l) => t(l, 'period.notSnapshot'));
  return span(label, 'date', reading.period.start, reading.period.end);
}

const RULES: Rule[] = [
  [RE.isoDate, (m, label, bad) => dateSpan(label, bad, +m[1]!, +m[2]!, +m[3]!)],
  [
    RE.excelDate,
    (m, label, bad) => {
      const y = excelYear(m[3]!);
      if (y === undefined) return bad(fullYear(label));
      return dateSpan(label, bad, y, monthIndex(m[2]!), +m[1]!);
    },
  ],
  [
    RE.excelMonth,
    (m, label, bad) => {
      const mo = monthIndex(m[1]!);
      if (mo === undefined) return undefined;
      const y = excelYear(m[2]!);
      if (y === undefined) return bad(fullYear(label));
      return monthSpan(label, y, mo);
    },
  ],
  [
    RE.monthSpaceTwoDigits,
    (m, label, bad) => {
      const mo = monthIndex(m[1]!);
      if (mo === undefined) return undefined;
      const name = MONTHS[mo - 1]!;
      const word = `${name[0]!.toUpperCase()}${name.slice(1)}`;
      const short = label.split(/\s+/)[0]!;
      const dd = m[2]!.padStart(2, '0');
      return bad((l) =>
        t(l, 'period.monthOrDay', {
          short: `${short}-${dd}`,
          month: `${word} ${excelYear(dd) ?? `20${dd}`}`,
          day: `${+m[2]!} ${word} 2010`,
        }),
      );
    },
  ],
  [RE.serial, (m, _label, bad) => bad((l) => t(l, 'period.serial', { date: String(serialDate(m[0])) }))],
  [RE.ukDate, (m, label, bad) => dateSpan(label, bad, +m[3]!, +m[2]!, +m[1]!)],
  [RE.wordDate, (m, label, bad) => dateSpan(label, bad, +m[3]!, monthIndex(m[2]!), +m[1]!)],
  [
    RE.isoMonth,
    (m, label, bad) => {
      const mo = +m[2]!;
      if (mo < 1 || mo > 12) return bad((l) => t(l, 'period.notMonth'));
      return monthSpan(label, +m[1]!, mo);
    },
  ],
  [
    RE.wordMonth,
    (m, label) => {
      const mo = monthIndex(m[1]!);
      return mo === undefined ? undefined : monthSpan(label, +m[2]!, mo);
    },
  ],
  [
    RE.fy,
    (m, label, bad) => {
      const first = financialYear(+m[1]!, m[2]!);
      if (first === undefined) return bad((l) => t(l, 'period.notFinancialYear'));
      return span(label, 'financial-year', dayNumber(first, 4, 1), dayNumber(first + 1, 3, 31));
    },
  ],
  [
    RE.quarterFirst,
    (m, label, bad) => {
      const first = financialYear(+m[2]!, m[3]!);
      if (first === undefined) return bad((l) => t(l, 'period.notQuarter'));
      return quarterSpan(label, +m[1]!, first);
    },
  ],
  [
    RE.quarterLast,
    (m, label, bad) => {
      const first = financialYear(+m[1]!, m[2]!);
      if (first === undefined) return bad((l) => t(l, 'period.notQuarter'));
      return quarterSpan(label, +m[3]!, first);
    },
  ],
  [RE.academicFirst, (m, label, bad) => academicSpan(label, +m[1]!, m[2]!, bad)],
  [RE.academicLast, (m, label, bad) => academicSpan(label, +m[1]!, m[2]!, bad)],
  [RE.termFirst, (m, label, bad) => termSpan(label, m[1]!, +m[2]!, m[3]!, bad)],
  [RE.termLast, (m, label, bad) => termSpan(label, m[3]!, +m[1]!, m[2]!, bad)],
  [RE.bareTerm, (_m, label, bad) => bad((l) => t(l, 'period.termNoYear', { example: `"${label} 2024/25"` }))],
  [RE.snapshot, (m, label, bad) => snapshotDate(m[1]!, label, bad)],
  [
    RE.yearCode,
    (m, _label, bad) => {
      const first = yearCode(m[0]);
      if (first === undefined) return undefined;
      const pair = pairLabel(first);
      return bad((l) => t(l, 'period.yearCode', { pair, first: String(first), next: String(first + 1) }));
    },
  ],
  [RE.year, (m, label) => span(label, 'year', dayNumber(+m[1]!, 1, 1), dayNumber(+m[1]!, 12, 31))],
  [
    RE.calendarQuarter,
    (m, _label, bad) => {
      const q = m[1] ?? m[4];
      const y = Number(m[2] ?? m[3]);
      const fy = `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
      return bad((l) => t(l, 'period.calendarQuarter', { example: `"Q${q} ${fy}"` }));
    },
  ],
  [
    RE.bareQuarter,
    (m, _label, bad) => bad((l) => t(l, 'period.quarterNoYear', { example: `"Q${m[1]} 2009/10"` })),
  ],
];

const MONTH_FORMS = `(?:${[...new Set([...MONTHS, ...MONTHS.map((m) => m.slice(0, 3)), 'sept', ...WELSH_MONTHS.flat()])].join('|')})\\.?`;
const DAY_FORMS = String.raw`(?:0?[1-9]|[12]\d|3[01])`;

/**
 * The forms `parsePeriod` reads (RULES above), as one regular expression source over lower-case text, for the
 * JSON Schemas: change both together. What it cannot say is left to the reader: that a date is real
 * (30 February) and that a financial year's second year follows the first (2009/11).
 */
const DATE_FORMS = [
  String.raw`\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:t[\d:.]*(?:z|[+-]\d{2}:?\d{2})?)?`,
  String.raw`${DAY_FORMS}/(?:0?[1-9]|1[0-2])/\d{4}`,
  String.raw`${DAY_FORMS}(?:st|nd|rd|th)?\s+${MONTH_FORMS},?\s+\d{4}`,
];
const YEARS_FORM = String.raw`\d{4}\s*(?:/|-|–|\bto\b)\s*(?:\d{4}|\d{2})`;
const TERM_FORM = String.raw`(?:autumn|spring|summer|autumn\s+and\s+spring)\s+term`;

export const PERIOD_FORMS = [
  ...DATE_FORMS,
  String.raw`(?:as\s+at|as\s+of|at)\s+(?:${DATE_FORMS.join('|')})`,
  String.raw`(?:ay|academic\s+year)\s*${YEARS_FORM}`,
  String.raw`${YEARS_FORM}\s*academic\s+year`,
  String.raw`${TERM_FORM}\s*,?\s*${YEARS_FORM}`,
  String.raw`${YEARS_FORM}\s*,?\s*${TERM_FORM}`,
  String.raw`\d{4}-(?:0?[1-9]|1[0-2])`,
  String.raw`${DAY_FORMS}-${MONTH_FORMS}-(?:\d{2}|\d{4})`,
  String.raw`${MONTH_FORMS}-(?:\d{2}|\d{4})`,
  String.raw`${MONTH_FORMS},?\s+\d{4}`,
  // 2009-10 is read as a month (above), never as a financial year.
  String.raw`(?!\d{4}-\d{2}\s*$)${FY}`,
  String.raw`q[1-4]\s*,?\s*${FY}`,
  String.raw`${FY}\s*,?\s*q[1-4]`,
  String.raw`\d{4}`,
].join('|');

/**
 * Readings of period strings already read, shared by every widget on the page: a scorecard of 500
 * indicators writes the same dozen quarters 500 times. Readings are frozen, as they are shared.
 * Emptied when it grows past PERIOD_CACHE_SIZE, so odd data cannot grow it without bound.
 */
const readings = new Map<string, PeriodReading>();
const PERIOD_CACHE_SIZE = 5000;

/**
 * Reads a period in any form listed above; the error says what was wrong and what to write. With
 * `periodType: "academic-year"` a year pair (`2018/19`, `2018 to 2019`) is the academic year; a bare `201819` is
 * refused either way (the JSON Schemas and a field's reader cannot see the indicator's periodType).
 */
export function parsePeriod(raw: unknown, opts: PeriodOptions = {}): PeriodReading {
  if (typeof raw !== 'string') return readPeriod(raw, opts);
  const key = opts.periodType === 'academic-year' ? `academic-year\u0000${raw}` : raw;
  let reading = readings.get(key);
  if (reading === undefined) {
    if (readings.size >= PERIOD_CACHE_SIZE) readings.clear();
    reading = Object.freeze(inRange(readPeriod(raw, opts), raw));
    if (reading.ok) Object.freeze(reading.period);
    readings.set(key, reading);
  }
  return reading;
}

/** The years the kit reads dates in (docs/reference.md): a date outside them is a typing slip, refused. */
export const DATE_YEARS = { first: 1900, last: 2100 } as const;

/** Whether a day number is within DATE_YEARS. */
export function inDateYears(day: number): boolean {
  return (
    Number.isFinite(day) &&
    day >= dayNumber(DATE_YEARS.first, 1, 1) &&
    day <= dayNumber(DATE_YEARS.last, 12, 31)
  );
}

/**
 * The words for a date outside DATE_YEARS, in `locale`, to follow the value that gave it (`… is outside the
 * years the kit reads (1900 to 2100): check the year`); a timescale's message holds them too.
 */
export function outOfYears(locale: string): string {
  return t(locale, 'period.outOfYears', {
    first: String(DATE_YEARS.first),
    last: String(DATE_YEARS.last),
  });
}

/** A reading that failed: the value as a message quotes it, then `why`, in every locale. */
function notRead(raw: unknown, why: Words): { ok: false } & Said {
  return { ok: false, ...said((l) => t(l, 'period.value', { value: quote(raw, 60, l), why: why(l) })) };
}

function inRange(reading: PeriodReading, raw: unknown): PeriodReading {
  if (!reading.ok || (inDateYears(reading.period.start) && inDateYears(reading.period.end))) return reading;
  return notRead(raw, (l) => t(l, 'period.outside', { outOfYears: outOfYears(l) }));
}

function readPeriod(raw: unknown, opts: PeriodOptions = {}): PeriodReading {
  const value = typeof raw === 'number' && Number.isInteger(raw) ? String(raw) : raw;
  if (typeof value !== 'string') return notRead(raw, (l) => t(l, 'period.notText'));
  const label = value.trim();
  const text = label.toLowerCase().replace(/\s+/g, ' ');
  const bad = (why: Words): PeriodReading => notRead(raw, why);
  if (opts.periodType === 'academic-year') {
    const month = RE.isoMonth.exec(text);
    // `2011-12` is December 2011 by the contract, but in an indicator of academic years it is more likely the
    // year 2011/12 written with a dash: neither is guessed.
    const m = month ? Number(month[2]) : 0;
    if (month && m >= 1 && m <= 12 && m === (Number(month[1]) + 1) % 100) {
      const name = MONTHS[m - 1]!.replace(/^./, (c) => c.toUpperCase());
      return bad((l) =>
        t(l, 'period.monthOrAcademicYear', {
          month: `${name} ${month[1]}`,
          pair: `${month[1]}/${month[2]}`,
        }),
      );
    }
    const pair = month ? undefined : RE.fy.exec(text);
    if (pair) return academicSpan(label, +pair[1]!, pair[2]!, bad);
  }
  for (const [re, read] of RULES) {
    const m = re.exec(text);
    const reading = m ? read(m, label, bad) : undefined;
    if (reading) return reading;
  }
  if (monthIndex(text) !== undefined)
    return bad((l) => t(l, 'period.monthNoYear', { example: `"${label} 2010"` }));
  return bad((l) => t(l, 'period.notPeriod'));
}

/** What a `time_period` code of six digits is read as, in a message (`is not an academic year code`). */
type EesPair = 'academicYear' | 'financialYear' | 'year';

/** The `time_identifier` values of Explore Education Statistics files that `eesPeriod` reads (any case). */
const EES_YEARS = ['Academic year', 'Financial year', 'Calendar year', 'Reporting year'] as const;
const EES_TERMS = ['Autumn term', 'Spring term', 'Summer term', 'Autumn and spring term'] as const;

/**
 * A period of an Explore Education Statistics file, from its `time_period` code and `time_identifier`
 * (docs/reference.md §6): `202425` with `Academic year` is 2024/25 academic year (1 September 2024 to 31 August
 * 2025), with `Financial year` 2024/25, with `Spring term` Spring term 2024/25, with `Financial year Q1` Q1
 * 2024/25; `2024` with `Calendar year` or `Reporting year` is 2024, with `January` January 2024. The period's
 * label is the kit's own spelling, which `parsePeriod` reads back the same. A message starts with the code or
 * the identifier, for the caller to place.
 */
export function eesPeriod(code: string, identifier: string): PeriodReading {
  const c = code.trim();
  const id = identifier.trim().toLowerCase().replace(/\s+/g, ' ');
  const fail = (say: Words): PeriodReading => ({ ok: false, ...said(say) });
  if (c === '') return fail((l) => t(l, 'period.ees.empty'));
  const four = /^\d{4}$/.test(c) ? +c : undefined;
  const six = /^\d{6}$/.test(c);
  const pair = yearCode(c);
  const needPair = (what: EesPair): PeriodReading | undefined => {
    if (six && pair !== undefined) return undefined;
    const key = six ? 'period.ees.notPair' : 'period.ees.notSix';
    return fail((l) => t(l, key, { value: quote(c, 60, l), what: t(l, `period.ees.${what}`) }));
  };
  const needYear = (): PeriodReading | undefined =>
    four === undefined ? fail((l) => t(l, 'period.ees.notFour', { value: quote(c, 60, l) })) : undefined;
  if (id === 'academic year')
    return needPair('academicYear') ?? parsePeriod(`${pairLabel(pair!)} academic year`);
  if (id === 'financial year') return needPair('financialYear') ?? parsePeriod(pairLabel(pair!));
  if (id === 'calendar year' || id === 'reporting year') return needYear() ?? parsePeriod(String(four));
  const term = EES_TERMS.find((t) => t.toLowerCase() === id);
  if (term) return needPair('academicYear') ?? parsePeriod(`${term} ${pairLabel(pair!)}`);
  const quarter = /^financial year q([1-4])$/.exec(id);
  if (quarter) return needPair('financialYear') ?? parsePeriod(`Q${quarter[1]} ${pairLabel(pair!)}`);
  const month = MONTHS.indexOf(id as (typeof MONTHS)[number]) + 1;
  if (month > 0) {
    const name = `${id[0]!.toUpperCase()}${id.slice(1)}`;
    if (four !== undefined) return parsePeriod(`${name} ${four}`);
    const bad = needPair('year');
    if (bad) return bad;
    const first = pair!;
    // September to March fall in the same calendar year of a financial and an academic year; April to August do not.
    if (month >= 9) return parsePeriod(`${name} ${first}`);
    if (month <= 3) return parsePeriod(`${name} ${first + 1}`);
    return fail((l) =>
      t(l, 'period.ees.monthAmbiguous', {
        value: quote(c, 60, l),
        identifier: quote(identifier.trim(), 60, l),
        month: name,
        first: String(first),
        next: String(first + 1),
        pair: pairLabel(first),
      }),
    );
  }
  return fail((l) =>
    t(l, 'period.ees.unknownIdentifier', {
      value: quote(identifier.trim(), 60, l),
      // Each identifier as the editor types it (quoted in Welsh), then the kit's words for the rest.
      identifiers: listWords(
        [
          ...[...EES_YEARS, ...EES_TERMS].map((w) => wordsToType([w], 'or', l)),
          t(l, 'period.ees.quarters'),
          t(l, 'period.ees.aMonth'),
        ],
        'or',
        l,
      ),
    }),
  );
}
