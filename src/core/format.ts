/**
 * Formatting through the platform's `Intl`: `en-GB` by default, or the nearest `lang`. Formatters are
 * cached per locale and options, because a scorecard may hold hundreds of widgets.
 */
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

/** The locale to use for a `lang` value: itself if `Intl` supports it, else `en-GB` (remembered per value). */
export function resolveLocale(lang: string | null | undefined): string {
  if (!lang) return DEFAULT_LOCALE;
  let locale = resolved.get(lang);
  if (locale === undefined) {
    try {
      locale = Intl.NumberFormat.supportedLocalesOf([lang])[0] ?? DEFAULT_LOCALE;
    } catch {
      locale = DEFAULT_LOCALE;
    }
    resolved.set(lang, locale);
  }
  return locale;
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

function numberFormat(locale: string, maxDigits: number): Intl.NumberFormat {
  const key = `${locale}|${maxDigits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits });
    numberFormats.set(key, f);
  }
  return f;
}

/** A plain number: `1,234.5`; at most `maxDigits` decimals (default 2). */
export function formatNumber(value: number, locale = DEFAULT_LOCALE, maxDigits = 2): string {
  return numberFormat(locale, maxDigits).format(value);
}

/** `1,234` with `per 10,000` for a rate. */
function rateBase(unit: { rate: number }, locale: string): string {
  return `per ${formatNumber(unit.rate, locale, 0)}`;
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
    if ('rate' in unit) return `${n} ${rateBase(unit, locale)}`;
    return `${n} out of ${formatNumber(unit.outOf, locale)}`;
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
    Number.isInteger(Math.round(n * 100) / 100)
      ? formatNumber(n, locale, 0)
      : new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
  if (style === 'govuk' && size >= 1e6) {
    // To the nearest thousand pounds (three decimals of a million), so that amounts a council tells apart are
    // never written alike (£1.254 million and £1.25 million); a billion once the millions round to 1,000.
    const millions = Math.round(size / 1e3) / 1e3;
    if (millions >= 1000) return `${sign}£${formatNumber(Math.round(size / 1e6) / 1e3, locale, 3)} billion`;
    return `${sign}£${formatNumber(millions, locale, 3)} million`;
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
  const points = (word: string) => `${n} ${word}${size === 1 ? '' : 's'}`;
  if (unit === 'percent') return points(style === 'govuk' ? 'percentage point' : 'point');
  if (typeof unit === 'object' && 'outOf' in unit) return points('point');
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

/** A day number as `7 January 2010` (in `en-GB`). */
export function formatDate(day: number, locale = DEFAULT_LOCALE): string {
  return dateFormat(locale, 'day').format(dayToDate(day));
}

/** The month of a day number as `March 2010`. */
export function formatMonth(day: number, locale = DEFAULT_LOCALE): string {
  return dateFormat(locale, 'month').format(dayToDate(day));
}

/** A day number as `7 Jan 2010`, for axes and tight places. */
export function formatShortDate(day: number, locale = DEFAULT_LOCALE): string {
  return dateFormat(locale, 'short').format(dayToDate(day));
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
