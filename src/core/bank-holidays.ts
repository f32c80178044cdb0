/**
 * The bank holidays of the United Kingdom's three jurisdictions, 2000 to 2035, for counting working days
 * (`Within 20 working days`, docs/reference.md §5.4). Kept in the kit, so that a due date never needs the
 * network and never changes under a published plan.
 *
 * Sources. The regular days are those of the Banking and Financial Dealings Act 1971 (Schedule 1; for Scotland
 * as amended by the St Andrew's Day Bank Holiday (Scotland) Act 2007, from 2007) and the royal proclamations
 * made under its section 1 each year (New Year's Day, and since 1978 the early May bank holiday, in England,
 * Wales and Northern Ireland; 2 January in Scotland; 12 July, the Battle of the Boyne, in Northern Ireland). They
 * are computed here by the Act's rules:
 * - England and Wales: New Year's Day, Good Friday, Easter Monday, the first Monday in May (early May), the last
 *   Monday in May (spring), the last Monday in August (summer), Christmas Day and Boxing Day;
 * - Scotland: New Year's Day and 2 January, Good Friday, early May, spring, the first Monday in August (summer),
 *   St Andrew's Day (30 November, from 2007), Christmas Day and Boxing Day;
 * - Northern Ireland: those of England and Wales, and St Patrick's Day (17 March) and 12 July.
 * A fixed day that falls on a Saturday or Sunday is replaced by the next weekday that is not already a bank
 * holiday ("substitute day": Christmas on a Saturday gives Monday 27 and Boxing Day Tuesday 28 December).
 * Easter is the Gregorian Easter Sunday.
 *
 * The one-off changes made by proclamation, UK-wide (`PROCLAIMED`): the 2002 Golden Jubilee (Monday 3 June
 * added, the spring bank holiday moved to Tuesday 4 June), the 2011 royal wedding (Friday 29 April), the 2012
 * Diamond Jubilee (the spring bank holiday moved to Monday 4 June, Tuesday 5 June added), the 2020 VE Day
 * anniversary (the early May bank holiday moved to Friday 8 May, as in 1995 for the 50th), the 2022 Platinum
 * Jubilee (the spring bank holiday moved to Thursday 2 June, Friday 3 June added) and the State Funeral of Queen
 * Elizabeth II (Monday 19 September 2022), and the 2023 Coronation of King Charles III (Monday 8 May). A change
 * proclaimed after this table was made (a year past 2026 especially) is not in it: give such an action its
 * `due` date.
 *
 * Checked against GOV.UK's published list (gov.uk/bank-holidays, its `bank-holidays.json`) for England and
 * Wales 2018–2025: test/node/bank-holidays.test.ts holds those dates.
 *
 * All days are day numbers (periods.ts): days since 1 January 1970, UTC.
 */
import { t } from './i18n/index.js';
import { dayNumber, ymd } from './periods.js';

/** The jurisdictions, by the names GOV.UK gives their lists (the `holidays` attribute). */
export const HOLIDAY_REGIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type HolidayRegion = (typeof HOLIDAY_REGIONS)[number];

/** The years the table covers, first and last. */
export const HOLIDAY_YEARS = { first: 2000, last: 2035 } as const;

/** The region's name in words, in `locale`, for messages (`England and Wales`, `Cymru a Lloegr`). */
export function regionWords(region: HolidayRegion, locale: string): string {
  return t(locale, `holiday.${region}`);
}

export interface BankHoliday {
  day: number;
  name: string;
}

/** 0 Sunday … 6 Saturday. Day 0 (1 January 1970) was a Thursday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: number): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

/** Gregorian Easter Sunday (the anonymous algorithm, as in Meeus, Astronomical Algorithms). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

/** The first Monday of a month. */
function firstMonday(year: number, month: number): number {
  const first = dayNumber(year, month, 1);
  return first + ((8 - weekday(first)) % 7);
}

/** The last Monday of a month. */
function lastMonday(year: number, month: number): number {
  const next = month === 12 ? dayNumber(year + 1, 1, 1) : dayNumber(year, month + 1, 1);
  const last = next - 1;
  return last - ((weekday(last) + 6) % 7);
}

type Regular =
  | 'early May'
  | 'spring'
  | 'summer'
  | 'Good Friday'
  | 'Easter Monday'
  | "New Year's Day"
  | '2 January'
  | "St Patrick's Day"
  | 'Battle of the Boyne'
  | "St Andrew's Day"
  | 'Christmas Day'
  | 'Boxing Day';

/** A one-off change by proclamation: a regular day moved (`moves`), or a day added. */
interface Proclaimed {
  year: number;
  day: [month: number, day: number];
  name: string;
  moves?: Regular;
}

/** The one-off changes by royal proclamation, 2000–2035, in every jurisdiction (see the header). */
export const PROCLAIMED: readonly Proclaimed[] = [
  { year: 2002, day: [6, 3], name: 'Golden Jubilee bank holiday' },
  { year: 2002, day: [6, 4], name: 'Spring bank holiday', moves: 'spring' },
  { year: 2011, day: [4, 29], name: 'Royal wedding bank holiday' },
  { year: 2012, day: [6, 4], name: 'Spring bank holiday', moves: 'spring' },
  { year: 2012, day: [6, 5], name: 'Diamond Jubilee bank holiday' },
  { year: 2020, day: [5, 8], name: 'Early May bank holiday (VE Day)', moves: 'early May' },
  { year: 2022, day: [6, 2], name: 'Spring bank holiday', moves: 'spring' },
  { year: 2022, day: [6, 3], name: 'Platinum Jubilee bank holiday' },
  { year: 2022, day: [9, 19], name: 'Bank holiday for the State Funeral of Queen Elizabeth II' },
  { year: 2023, day: [5, 8], name: 'Bank holiday for the Coronation of King Charles III' },
];

/**
 * Fixed days, each moved to the next free weekday when it falls at a weekend: those on weekdays are placed
 * first, so Christmas on a Sunday gives Boxing Day its Monday and Christmas the Tuesday.
 */
function withSubstitutes(fixed: readonly BankHoliday[], taken: Set<number>): BankHoliday[] {
  const out: BankHoliday[] = [];
  for (const h of fixed)
    if (!isWeekend(h.day)) {
      out.push(h);
      taken.add(h.day);
    }
  for (const h of fixed) {
    if (!isWeekend(h.day)) continue;
    let d = h.day + 1;
    while (isWeekend(d) || taken.has(d)) d++;
    taken.add(d);
    out.push({ day: d, name: `${h.name} (substitute day)` });
  }
  return out;
}

const cache = new Map<string, readonly BankHoliday[]>();

/**
 * The bank holidays of a year in a jurisdiction, in date order; `undefined` outside 2000–2035 (the table's
 * years).
 */
export function bankHolidays(year: number, region: HolidayRegion): readonly BankHoliday[] | undefined {
  if (!Number.isInteger(year) || year < HOLIDAY_YEARS.first || year > HOLIDAY_YEARS.last) return undefined;
  const key = `${region} ${year}`;
  const known = cache.get(key);
  if (known) return known;
  const easter = easterSunday(year);
  const moved = new Map<Regular, Proclaimed>();
  const added: BankHoliday[] = [];
  for (const p of PROCLAIMED) {
    if (p.year !== year) continue;
    if (p.moves) moved.set(p.moves, p);
    else added.push({ day: dayNumber(year, p.day[0], p.day[1]), name: p.name });
  }
  // The Monday holidays, and Easter's: never at a weekend.
  const movable: [Regular, number, string][] = [
    ['Good Friday', easter - 2, 'Good Friday'],
    ['early May', firstMonday(year, 5), 'Early May bank holiday'],
    ['spring', lastMonday(year, 5), 'Spring bank holiday'],
    region === 'scotland'
      ? ['summer', firstMonday(year, 8), 'Summer bank holiday']
      : ['summer', lastMonday(year, 8), 'Summer bank holiday'],
  ];
  if (region !== 'scotland') movable.push(['Easter Monday', easter + 1, 'Easter Monday']);
  const days: BankHoliday[] = [...added];
  for (const [regular, day, name] of movable) {
    const p = moved.get(regular);
    days.push(p ? { day: dayNumber(year, p.day[0], p.day[1]), name: p.name } : { day, name });
  }
  const taken = new Set(days.map((h) => h.day));
  const fixed = (month: number, day: number, name: string): BankHoliday => ({
    day: dayNumber(year, month, day),
    name,
  });
  const newYear = [fixed(1, 1, "New Year's Day")];
  if (region === 'scotland') newYear.push(fixed(1, 2, '2 January'));
  days.push(...withSubstitutes(newYear, taken));
  if (region === 'northern-ireland') {
    days.push(...withSubstitutes([fixed(3, 17, "St Patrick's Day")], taken));
    days.push(...withSubstitutes([fixed(7, 12, "Battle of the Boyne (Orangemen's Day)")], taken));
  }
  if (region === 'scotland' && year >= 2007)
    days.push(...withSubstitutes([fixed(11, 30, "St Andrew's Day")], taken));
  days.push(...withSubstitutes([fixed(12, 25, 'Christmas Day'), fixed(12, 26, 'Boxing Day')], taken));
  const sorted = days.sort((a, b) => a.day - b.day);
  cache.set(key, sorted);
  return sorted;
}

export type WorkingDaysReading = { ok: true; due: number } | { ok: false; year: number };

/**
 * The `n`th working day after `from` (Monday to Friday, not a bank holiday of the region; `from` itself is not
 * counted), or the first year the count needs that the table does not cover.
 */
export function addWorkingDays(from: number, n: number, region: HolidayRegion): WorkingDaysReading {
  let day = from;
  let left = n;
  let year = Number.NaN;
  let holidays = new Set<number>();
  const startYear = ymd(from).year;
  if (bankHolidays(startYear, region) === undefined) return { ok: false, year: startYear };
  while (left > 0) {
    day++;
    const y = ymd(day).year;
    if (y !== year) {
      const list = bankHolidays(y, region);
      if (list === undefined) return { ok: false, year: y };
      year = y;
      holidays = new Set(list.map((h) => h.day));
    }
    if (!isWeekend(day) && !holidays.has(day)) left--;
  }
  return { ok: true, due: day };
}
