/**
 * Formatting through the platform's `Intl`: `en-GB` by default, or the nearest `lang`. Formatters are
 * cached per locale and options, because a scorecard may hold hundreds of widgets; locales are resolved once
 * per `lang` value on a page. `en-GB` numbers and dates are written here without `Intl`, in the same words
 * (test/node/format.test.ts and test/core/format-intl.test.ts compare them with `Intl`'s): the first use of
 * `Intl` on a page loads ICU's locale data, 15–60 ms, which was up to 30% of a page of 50 sparklines (issue 20).
 */
// A cycle with i18n, which formats its numbers here: neither uses the other until a function is called.
import { t } from './i18n/index.js';
import { MONTH_NAMES } from './months.js';
import { dayToDate } from './periods.js';

export const DEFAULT_LOCALE = 'en-GB';

/** A unit as a KPI gives it (docs/reference.md §5.3). */
export type Unit = 'percent' | 'count' | { rate: number } | { outOf: number } | string;

/**
 * How numbers and periods are written in words (the `number-style` attribute, docs/reference.md §5.3):
 * `govuk` (the default) follows the GOV.UK style guide's A to Z: `£1.2 million`, a change in a per cent
 * indicator in `percentage points`, a quarter with its months, a financial year as `2009 to 2010`; `plain`
 * keeps the forms as written: `£1,200,000`, `points`, `Q4 2009/10`, `2009/10`.
 */
export type NumberStyle = 'govuk' | 'plain';

export const NUMBER_STYLES = ['govuk', 'plain'] as const satisfies readonly NumberStyle[];

export const DEFAULT_NUMBER_STYLE: NumberStyle = 'govuk';

/** The units that mean pounds sterling (any case): `£`, `GBP`, `pounds`, `£s`. */
const MONEY_UNITS = new Set(['£', 'gbp', 'pounds', '£s', 'pounds sterling']);

/** Whether a unit is money in pounds. */
export function isMoney(unit: Unit | undefined): boolean {
  return typeof unit === 'string' && MONEY_UNITS.has(unit.trim().toLowerCase());
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

const resolved = new Map<string, string>();

/**
 * Languages the kit writes itself, whether or not the browser's `Intl` has their data: Welsh, and each one a
 * page registers (core/i18n `registerTranslation`). Chromium ships no Welsh number or date data
 * (`Intl.DateTimeFormat.supportedLocalesOf(['cy'])` is empty there, and `'cy'` dates come out as
 * `March 31, 2010`), so Welsh numbers and dates are written here, as `en-GB`'s are.
 */
const KIT_LANGUAGES = new Set(['cy']);

/** A language the kit has words for even where `Intl` has no data for it (core/i18n registerTranslation). */
export function keepLanguage(lang: string): void {
  KIT_LANGUAGES.add(lang.toLowerCase().split('-')[0]!);
  resolved.clear();
}

/** Whether a locale's numbers and dates are written by hand (`en-GB`, Welsh), not through `Intl`. */
function byHand(locale: string): boolean {
  return locale === DEFAULT_LOCALE || MONTH_NAMES[locale] !== undefined;
}

/**
 * The locale to use for a `lang` value: itself if `Intl` supports it or the kit has its words (Welsh, or a
 * registered language), else `en-GB` (remembered per value). Welsh in any region is `cy`.
 */
export function resolveLocale(lang: string | null | undefined): string {
  if (!lang || lang === DEFAULT_LOCALE) return DEFAULT_LOCALE;
  let locale = resolved.get(lang);
  if (locale === undefined) {
    const primary = lang.trim().toLowerCase().split('-')[0]!;
    if (primary === 'cy') locale = 'cy';
    else {
      try {
        locale =
          Intl.NumberFormat.supportedLocalesOf([lang])[0] ??
          (KIT_LANGUAGES.has(primary) ? lang.trim() : DEFAULT_LOCALE);
      } catch {
        locale = DEFAULT_LOCALE;
      }
    }
    resolved.set(lang, locale);
  }
  return locale;
}

/** Scripts written right to left (ISO 15924) that a language's likely script may be. */
const RTL_SCRIPTS = new Set([
  'Adlm',
  'Arab',
  'Hebr',
  'Mand',
  'Mend',
  'Nkoo',
  'Rohg',
  'Samr',
  'Syrc',
  'Thaa',
  'Yezi',
]);

/**
 * The direction a locale's text runs: `rtl` where its script (given, or the language's likely one: `ar`, `he`,
 * `ur`, `fa`, `ps`, `yi`, `dv`…) is written right to left, else `ltr` (English, Welsh, and any tag that cannot be
 * read). The widget takes its direction from its resolved locale, never from the page's `direction`.
 */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  try {
    const script = new Intl.Locale(locale).maximize().script;
    return script !== undefined && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** Page-wide language tags that mean "English" and are left at a CMS default (SharePoint writes `en-US`). */
const INHERITED_ENGLISH = new Set(['en', 'en-us']);

/**
 * The locale of a widget: its own `locale` or `lang` attribute as given; else the nearest `lang` above it
 * (crossing shadow roots), where a bare `en` or `en-US` means `en-GB` (the kit is for UK councils and those
 * are CMS defaults, not choices); else `en-GB`. Each is resolved to a supported locale.
 */
export function localeOf(element: Element): string {
  const own = element.getAttribute('locale') || element.getAttribute('lang');
  if (own) return resolveLocale(own);
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang)
        return INHERITED_ENGLISH.has(lang.trim().toLowerCase()) ? DEFAULT_LOCALE : resolveLocale(lang);
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return DEFAULT_LOCALE;
}

function numberFormat(locale: string, minDigits: number, maxDigits: number): Intl.NumberFormat {
  const key = `${locale}|${minDigits}|${maxDigits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits });
    numberFormats.set(key, f);
  }
  return f;
}

/**
 * The decimal digits of a finite, non-negative number as JavaScript writes it (the shortest that reads back
 * as the same number, as ICU rounds from), with no exponent: `[integer digits, fraction digits]`.
 */
function decimalDigits(value: number): [string, string] {
  const [mantissa = '0', exponent = '0'] = String(value).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return ['0', '0'.repeat(-point) + digits];
  if (point >= digits.length) return [digits + '0'.repeat(point - digits.length), ''];
  return [digits.slice(0, point), digits.slice(point)];
}

/** Adds one to a string of decimal digits: `199` → `200`, `99` → `100`. */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

/**
 * A number as `Intl.NumberFormat('en-GB', { minimumFractionDigits, maximumFractionDigits })` writes it:
 * rounded half away from zero, thousands grouped by commas, `-` before a negative number (`-0` too).
 */
function enGbNumber(value: number, minDigits: number, maxDigits: number): string {
  // Most numbers a widget writes (a grade's number, a count, a value a sheet gives: 3, 73.4, 58.25) are written
  // as JavaScript writes them already: no rounding, no grouping, no exponent.
  if (value > -1000 && value < 1000 && !Object.is(value, -0)) {
    const plain = String(value);
    const point = plain.indexOf('.');
    const digits = point < 0 ? 0 : plain.length - point - 1;
    if (digits <= maxDigits && digits >= minDigits && !plain.includes('e')) return plain;
  }
  if (Number.isNaN(value)) return 'NaN';
  const negative = value < 0 || Object.is(value, -0);
  const sign = negative ? '-' : '';
  if (!Number.isFinite(value)) return `${sign}∞`;
  let [whole, fraction] = decimalDigits(Math.abs(value));
  if (fraction.length > maxDigits) {
    const up = fraction.charCodeAt(maxDigits) >= 53; // '5'
    fraction = fraction.slice(0, maxDigits);
    if (up) {
      const next = increment(whole + fraction);
      whole = next.slice(0, next.length - maxDigits);
      fraction = next.slice(next.length - maxDigits);
    }
  }
  fraction = fraction.replace(/0+$/, '').padEnd(minDigits, '0');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${sign}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** A number with `minDigits` to `maxDigits` decimals in `locale` (by hand in `en-GB`, else through `Intl`). */
function formatDecimal(value: number, locale: string, minDigits: number, maxDigits: number): string {
  // Welsh writes numbers as British English does (CLDR: `1,234,567.5`).
  return byHand(locale)
    ? enGbNumber(value, minDigits, maxDigits)
    : numberFormat(locale, minDigits, maxDigits).format(value);
}

/** A plain number: `1,234.5`; at most `maxDigits` decimals (default 2). */
export function formatNumber(value: number, locale = DEFAULT_LOCALE, maxDigits = 2): string {
  return formatDecimal(value, locale, 0, maxDigits);
}

/** `1,234` with `per 10,000` for a rate. */
function rateBase(n: string, unit: { rate: number }, locale: string): string {
  return t(locale, 'unit.per', { n, base: formatNumber(unit.rate, locale, 0) });
}

/**
 * A value with its unit: `73%`, `1,234`, `89.1 per 10,000`, `6 out of 15`, `12 days` (a free-text unit is
 * written after the number).
 */
export function formatValue(
  value: number,
  unit: Unit | undefined,
  locale = DEFAULT_LOCALE,
  style: NumberStyle = DEFAULT_NUMBER_STYLE,
): string {
  if (isMoney(unit)) return formatMoney(value, locale, style);
  const n = formatNumber(value, locale);
  if (unit === undefined || unit === 'count') return n;
  if (unit === 'percent') return `${n}%`;
  if (typeof unit === 'object') {
    if ('rate' in unit) return rateBase(n, unit, locale);
    return t(locale, 'unit.outOf', { n, total: formatNumber(unit.outOf, locale) });
  }
  return unit.trim() ? `${n} ${unit.trim()}` : n;
}

/**
 * Money as the GOV.UK style guide writes it (`govuk`): `£75`, `£75.50` (pence only when there are some),
 * `£75,000` (never `£75k`), `£1.2 million` and `£3 billion` (never `£1.2m`, which `Intl`'s compact notation
 * gives, nor `£0.5 million`: below a million the number is written out). `plain`: `£1,200,000`.
 */
export function formatMoney(
  value: number,
  locale = DEFAULT_LOCALE,
  style: NumberStyle = DEFAULT_NUMBER_STYLE,
): string {
  const sign = value < 0 ? '-' : '';
  const size = Math.abs(value);
  const pounds = (n: number) =>
    Number.isInteger(Math.round(n * 100) / 100) ? formatNumber(n, locale, 0) : formatDecimal(n, locale, 2, 2);
  if (style === 'govuk' && size >= 1e6) {
    // To the nearest thousand pounds (three decimals of a million), so that amounts a council tells apart are
    // never written alike (£1.254 million and £1.25 million); a billion once the millions round to 1,000.
    const millions = Math.round(size / 1e3) / 1e3;
    if (millions >= 1000)
      return t(locale, 'unit.billion', { sign, n: formatNumber(Math.round(size / 1e6) / 1e3, locale, 3) });
    return t(locale, 'unit.million', { sign, n: formatNumber(millions, locale, 3) });
  }
  return `${sign}£${pounds(size)}`;
}

/**
 * A difference between two values in the indicator's units, for sentences: `7 percentage points` for
 * percentages (`7 points` in the `plain` style), `3.5 per 10,000`, `2 points` for scores, `12` for counts,
 * `£200,000` for money.
 */
export function formatDifference(
  difference: number,
  unit: Unit | undefined,
  locale = DEFAULT_LOCALE,
  style: NumberStyle = DEFAULT_NUMBER_STYLE,
): string {
  const size = Math.abs(difference);
  const n = formatNumber(size, locale);
  const points = (key: 'unit.percentagePoints' | 'unit.points') => t(locale, key, { count: size, n });
  if (unit === 'percent') return points(style === 'govuk' ? 'unit.percentagePoints' : 'unit.points');
  if (typeof unit === 'object' && 'outOf' in unit) return points('unit.points');
  return formatValue(size, unit, locale, style);
}

/** The date styles used: a day in words, a month, a short day for axes. */
const DATE_STYLES = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  short: { day: 'numeric', month: 'short', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

function dateFormat(locale: string, style: keyof typeof DATE_STYLES): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...DATE_STYLES[style], timeZone: 'UTC' });
    dateFormats.set(key, f);
  }
  return f;
}

/** A month's name, long or short, in a locale written by hand; undefined for any other. */
export function monthName(month: number, locale: string, short = false): string | undefined {
  return MONTH_NAMES[locale]?.[short ? 1 : 0][month];
}

/** A day in one of the date styles: by hand in `en-GB` and Welsh (years 1000 to 9999), else through `Intl`. */
function formatDay(day: number, locale: string, style: keyof typeof DATE_STYLES): string {
  const date = dayToDate(day);
  const year = date.getUTCFullYear();
  const months = MONTH_NAMES[locale];
  if (!months || !(year >= 1000 && year <= 9999)) return dateFormat(locale, style).format(date);
  const month = date.getUTCMonth();
  if (style === 'month') return `${months[0][month]} ${year}`;
  return `${date.getUTCDate()} ${months[style === 'day' ? 0 : 1][month]} ${year}`;
}

/** A day number as `7 January 2010` (in `en-GB`). */
export function formatDate(day: number, locale = DEFAULT_LOCALE): string {
  return formatDay(day, locale, 'day');
}

/** The month of a day number as `March 2010`. */
export function formatMonth(day: number, locale = DEFAULT_LOCALE): string {
  return formatDay(day, locale, 'month');
}

/** A day number as `7 Jan 2010`, for axes and tight places. */
export function formatShortDate(day: number, locale = DEFAULT_LOCALE): string {
  return formatDay(day, locale, 'short');
}

/** `1 day`, `5 days`. */
export function formatDays(days: number, locale = DEFAULT_LOCALE): string {
  return `${formatNumber(days, locale, 0)} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
}

/**
 * What joins the parts of a line of counts (`3 green · 2 amber`). On the page it goes through
 * `renderSeparated` (base/separated.ts), which shows the dot and keeps it silent to assistive technology.
 */
export const SEPARATOR = ' · ';

/** `3 green · 2 amber · 1 grey`: counts in words, leaving out zeros, in the order given (joined by SEPARATOR). */
export function formatCounts(
  counts: ReadonlyArray<readonly [string, number]>,
  locale = DEFAULT_LOCALE,
): string {
  return counts
    .filter(([, n]) => n > 0)
    .map(([word, n]) => `${formatNumber(n, locale, 0)} ${word}`)
    .join(SEPARATOR);
}
