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
 * - calendar years: `2009`;
 * - Excel's own date formats: `Mar-10` and `Mar-2010` (mmm-yy: March 2010, never 10 March), `31-Mar-10` and
 *   `31-Mar-2010` (d-mmm-yy); a two-digit year is read as Excel reads it, 00–29 as 2000–2029, 30–99 as
 *   1930–1999.
 * An Excel serial number (`40268`) is a date only in a date field (`serialDate`, used by the timeline's `due`,
 * `completed`, `published` and `asOf`); anywhere else it is an error that says how to fix it in Excel.
 * A quarter or month without a year (`Q4`, `March`) and a calendar quarter (`Q1 2010`, ambiguous between the
 * calendar and the financial year) are errors that say what to write instead.
 */
import { quote } from './problems.js';

export type PeriodKind = 'date' | 'month' | 'quarter' | 'financial-year' | 'year';

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

export type PeriodReading = { ok: true; period: Period } | { ok: false; message: string };

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

function monthIndex(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m === w || (m.startsWith(w) && (w.length === 3 || w === 'sept')));
  return i < 0 ? undefined : i + 1;
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

const FY = String.raw`(?:fy\s*)?(\d{4})\s*(?:/|-|–|\bto\b)\s*(\d{4}|\d{2})`;
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
};

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
  (m: RegExpExecArray, label: string, bad: (why: string) => PeriodReading) => PeriodReading | undefined,
];

function dateSpan(
  label: string,
  bad: (why: string) => PeriodReading,
  y: number,
  mo: number | undefined,
  d: number,
) {
  if (mo === undefined)
    return bad(
      'is not a date: the month is not one the kit knows. Write it as a word (March) or a number (2010-03-31)',
    );
  if (!isRealDate(y, mo, d)) return bad('is not a real date: check the day and the month');
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
function fullYear(label: string): string {
  const text = label.trim();
  const [start, yy] = [text.slice(0, -2), text.slice(-2)];
  return `has a two-digit year from 30 to 99, which could mean 19xx or 20xx: write the year in full (e.g. ${start}20${yy} or ${start}19${yy})`;
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
      return bad(
        `is ambiguous: write ${short}-${m[2]!.padStart(2, '0')} or ${word} ${excelYear(m[2]!.padStart(2, '0')) ?? `20${m[2]!.padStart(2, '0')}`} for the month, or a date with its year, such as ${+m[2]!} ${word} 2010, for the day`,
      );
    },
  ],
  [
    RE.serial,
    (m, _label, bad) =>
      bad(
        `looks like an Excel date serial number: format the column as dates in Excel (e.g. 31/03/2010), or write ${serialDate(m[0])}`,
      ),
  ],
  [RE.ukDate, (m, label, bad) => dateSpan(label, bad, +m[3]!, +m[2]!, +m[1]!)],
  [RE.wordDate, (m, label, bad) => dateSpan(label, bad, +m[3]!, monthIndex(m[2]!), +m[1]!)],
  [
    RE.isoMonth,
    (m, label, bad) => {
      const mo = +m[2]!;
      if (mo < 1 || mo > 12)
        return bad('is not a month: write a month as 2010-03, or a financial year as 2009/10');
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
      if (first === undefined)
        return bad('is not a financial year: the second year must follow the first, as in 2009/10');
      return span(label, 'financial-year', dayNumber(first, 4, 1), dayNumber(first + 1, 3, 31));
    },
  ],
  [
    RE.quarterFirst,
    (m, label, bad) => {
      const first = financialYear(+m[2]!, m[3]!);
      if (first === undefined)
        return bad('is not a quarter: the second year must follow the first, as in Q1 2010/11');
      return quarterSpan(label, +m[1]!, first);
    },
  ],
  [
    RE.quarterLast,
    (m, label, bad) => {
      const first = financialYear(+m[1]!, m[2]!);
      if (first === undefined)
        return bad('is not a quarter: the second year must follow the first, as in Q1 2010/11');
      return quarterSpan(label, +m[3]!, first);
    },
  ],
  [RE.year, (m, label) => span(label, 'year', dayNumber(+m[1]!, 1, 1), dayNumber(+m[1]!, 12, 31))],
  [
    RE.calendarQuarter,
    (m, _label, bad) => {
      const q = m[1] ?? m[4];
      const y = Number(m[2] ?? m[3]);
      const fy = `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
      return bad(`is ambiguous: write the financial quarter as "Q${q} ${fy}", or give months`);
    },
  ],
  [
    RE.bareQuarter,
    (m, _label, bad) => bad(`has no year: write it with its financial year, e.g. "Q${m[1]} 2009/10"`),
  ],
];

const MONTH_FORMS = `(?:${[...new Set([...MONTHS, ...MONTHS.map((m) => m.slice(0, 3)), 'sept'])].join('|')})\\.?`;
const DAY_FORMS = String.raw`(?:0?[1-9]|[12]\d|3[01])`;

/**
 * The forms `parsePeriod` reads (RULES above), as one regular expression source over lower-case text, for the
 * JSON Schemas: change both together. What it cannot say is left to the reader: that a date is real
 * (30 February) and that a financial year's second year follows the first (2009/11).
 */
export const PERIOD_FORMS = [
  String.raw`\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:t[\d:.]*(?:z|[+-]\d{2}:?\d{2})?)?`,
  String.raw`${DAY_FORMS}/(?:0?[1-9]|1[0-2])/\d{4}`,
  String.raw`${DAY_FORMS}(?:st|nd|rd|th)?\s+${MONTH_FORMS},?\s+\d{4}`,
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

/** Reads a period in any form listed above; the error says what was wrong and what to write. */
export function parsePeriod(raw: unknown): PeriodReading {
  if (typeof raw !== 'string') return readPeriod(raw);
  let reading = readings.get(raw);
  if (reading === undefined) {
    if (readings.size >= PERIOD_CACHE_SIZE) readings.clear();
    reading = Object.freeze(readPeriod(raw));
    if (reading.ok) Object.freeze(reading.period);
    readings.set(raw, reading);
  }
  return reading;
}

function readPeriod(raw: unknown): PeriodReading {
  const value = typeof raw === 'number' && Number.isInteger(raw) ? String(raw) : raw;
  if (typeof value !== 'string')
    return {
      ok: false,
      message: `${quote(raw)} is not a period: write a date or period in quotes, such as "2010-03-31" or "2009/10"`,
    };
  const label = value.trim();
  const text = label.toLowerCase().replace(/\s+/g, ' ');
  const bad = (why: string): PeriodReading => ({ ok: false, message: `${quote(raw)} ${why}` });
  for (const [re, read] of RULES) {
    const m = re.exec(text);
    const reading = m ? read(m, label, bad) : undefined;
    if (reading) return reading;
  }
  if (monthIndex(text) !== undefined) return bad(`has no year: write e.g. "${label} 2010" or "2010-03"`);
  return bad(
    'is not a period: use a date (2010-03-31), a month (2010-03 or March 2010), a financial year (2009/10), a quarter (Q1 2010/11) or a year (2009)',
  );
}
