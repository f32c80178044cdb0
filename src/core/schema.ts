/**
 * The one definition of every data shape: a small schema language whose nodes give, from the same
 * declaration, the TypeScript type (`Infer<typeof x>`), a lenient runtime reader that collects every problem
 * with its path and keeps the valid parts, and the JSON Schema shipped in `schemas/`.
 *
 * Reading rules (documented in the README and the schemas):
 * - unknown keys are ignored; `__proto__`, `constructor` and `prototype` are never read or written;
 * - a string field also takes a finite number (written as text);
 * - a number field takes a finite number, or a string holding a plain decimal number, optionally with comma
 *   thousands separators (`"1,234.5"`); `NaN`, `Infinity`, `1e999`, `"12%"` are rejected;
 * - a boolean field takes `true`/`false` or the words `true`, `false`, `yes`, `no`, `y`, `n`, `1`, `0`;
 * - a word from a fixed list is matched ignoring case and surrounding space;
 * - an invalid optional field is left out and reported; an invalid list item or map entry is left out and
 *   reported; an object missing a required field is itself invalid;
 * - a list is read up to MAX_ITEMS items, a map up to MAX_ITEMS keys; the rest is reported, not read;
 * - a whole document is read up to MAX_VALUES values (list items and map entries, however nested) and MAX_TEXT
 *   characters of text: past that nothing more is read, and that is said once, at the place it stopped;
 * - a group that contains itself (a cycle) is refused at the place it points back; a value that is not plain
 *   data (a Map, a date, a class instance, a getter that throws) is refused saying what it is.
 */
import { DEFAULT_LOCALE, formatNumber } from './format.js';
import { t } from './i18n/index.js';
import { placeOf } from './place.js';
import {
  didYouMean,
  FORBIDDEN_KEYS,
  joinIndex,
  joinKey,
  listWords,
  normalise,
  type Problem,
  quote,
  said,
  type Words,
  wordsToType,
  wordToType,
} from './problems.js';

/** Returned by a reader for an invalid value (already reported). */
export const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;

/** Nesting deeper than this is reported instead of read (no stack overflow on hostile input). */
export const MAX_DEPTH = 64;

/**
 * The most items read from one list. A widget is a picture for a page, not a data grid: past this the page
 * would freeze while drawing, so the rest is left unread and said so (`rows: holds 100,000 items: …`).
 */
export const MAX_ITEMS = 500;

/**
 * The most values read from one document, however they are nested (list items and map entries): nesting
 * cannot multiply MAX_ITEMS (500 rows × 500 children). Above the most cells a table shows (6,000), and low
 * enough that reading it all stays a short task (a KPI of 10,000 points is read in about 70 ms).
 */
export const MAX_VALUES = 10_000;

/** The most characters of text read from one document. */
export const MAX_TEXT = 2_000_000;

export interface ReadContext {
  problems: Problem[];
  depth: number;
  /** Values and characters read so far, and whether the budget ran out (then nothing more is read). */
  spent?: { values: number; text: number; over: boolean };
  /** The groups and lists being read, with their paths: one met again is a cycle. */
  open?: Map<object, string>;
  /** The whole document being read and the path above it (a `select`): a cycle names its place in it. */
  root?: { doc: unknown; prefix: string };
  /** The widget's language (`cy`, `en`): which text of `{ "en": …, "cy": … }` is read. English by default. */
  lang?: string;
  /** Texts read in another language than the widget's (its own was not given), and their language. */
  otherLanguage?: Map<string, string>;
}

const LANGUAGE_KEY = '^(?:en|cy)(?:-[A-Za-z]{2})?$';
const LANGUAGE_KEY_PATTERN = new RegExp(LANGUAGE_KEY);
const LANGUAGE_TEXTS = 'languageTexts';
const LANGUAGE_TEXTS_JSON: JsonSchema = {
  description:
    'The same text in English and Welsh, { "en": "…", "cy": "…" } (en, cy, or en-GB and cy-GB): the widget shows the one for its language, else the other.',
  type: 'object',
  minProperties: 1,
  patternProperties: { [LANGUAGE_KEY]: { type: 'string' } },
  additionalProperties: false,
};

/** A text in two (or more) languages: `{ "en": "Leadership", "cy": "Arweinyddiaeth" }`; keys are `en`, `cy`, `cy-GB`. */
export function isLanguageTexts(value: unknown): value is Record<string, unknown> {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => LANGUAGE_KEY_PATTERN.test(k) && typeof value[k] === 'string');
}

/**
 * The text of a bilingual value for a language: its own (`cy`, or `cy-GB`), else English, else the first
 * given; with the language it is in.
 */
export function pickLanguage(value: Record<string, unknown>, lang = 'en'): { text: string; lang: string } {
  const keys = Object.keys(value).filter((k) => String(value[k]).trim() !== '');
  const primary = (k: string) => k.split('-')[0]!.toLowerCase();
  const key =
    keys.find((k) => primary(k) === lang) ??
    keys.find((k) => primary(k) === 'en') ??
    keys[0] ??
    Object.keys(value)[0]!;
  return { text: String(value[key]), lang: primary(key) };
}

/** A fresh reading context (readWith's, and the options reader's). */
export function readContext(): ReadContext {
  return { problems: [], depth: 0, spent: { values: 0, text: 0, over: false }, open: new Map() };
}

/** Says once that the document is too large (past its values or its text), at the place reading stopped. */
function overBudget(ctx: ReadContext, path: string, what: 'values' | 'text'): void {
  const spent = ctx.spent;
  if (!spent || spent.over) return;
  spent.over = true;
  ctx.problems.push({
    path: path || 'data',
    ...said((l) =>
      what === 'values'
        ? t(l, 'schema.stoppedValues', { most: MAX_VALUES })
        : t(l, 'schema.stoppedText', { most: MAX_TEXT }),
    ),
  });
}

/** Counts one value (a list item, a map entry) against the budget; false once it has run out. */
function spendValue(ctx: ReadContext, path: string): boolean {
  const spent = ctx.spent;
  if (!spent) return true;
  if (spent.over) return false;
  if (++spent.values > MAX_VALUES) {
    overBudget(ctx, path, 'values');
    return false;
  }
  return true;
}

/** Counts text against the budget; false once it has run out. */
function spendText(ctx: ReadContext, path: string, text: string): boolean {
  const spent = ctx.spent;
  if (!spent) return true;
  if (spent.over) return false;
  spent.text += text.length;
  if (spent.text > MAX_TEXT) {
    overBudget(ctx, path, 'text');
    return false;
  }
  return true;
}

/**
 * Reads `value` (a group or a list) at `path`, refusing it when it is already being read further up (it
 * contains itself), and turning an error raised while reading it (a getter or Proxy that throws) into a
 * problem at its place.
 */
function entered<T>(ctx: ReadContext, value: object, path: string, run: () => T | Invalid): T | Invalid {
  const open = ctx.open;
  const outer = open?.get(value);
  if (outer !== undefined) {
    const root = ctx.root;
    return fail(ctx, path, (l) => t(l, 'schema.cycle', { place: earlierPlace(root, outer, l) }));
  }
  open?.set(value, path);
  try {
    return run();
  } catch (error) {
    return fail(ctx, path, readError(error));
  } finally {
    open?.delete(value);
  }
}

/**
 * The place a cycle points back to, as the editor sees it in `locale` (place.ts: `row "Loop"`, `the rows`);
 * its path is the problem's own path line, never the message.
 */
function earlierPlace(root: ReadContext['root'], path: string, locale: string): string {
  if (!root || path === root.prefix || path === '') return t(locale, 'schema.wholeData');
  let place: string | undefined;
  try {
    place = placeOf(path, root.doc, root.prefix, locale);
  } catch {
    // A getter or Proxy that throws on the way: no label to name the place by.
    place = undefined;
  }
  return place ? place[0]!.toLowerCase() + place.slice(1) : t(locale, 'schema.partHoldingIt');
}

/** An error's own words, shortened; `undefined` when they cannot be had (an error object can be hostile too). */
function errorText(error: unknown): string | undefined {
  try {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return text.length > 80 ? `${text.slice(0, 79)}…` : text;
  } catch {
    return undefined;
  }
}

/** The words for a value whose reading raised `error`: the error's own words (read once), in any locale. */
function readError(error: unknown): Words {
  const text = errorText(error);
  return (l) => t(l, 'schema.readError', { error: text ?? t(l, 'schema.errorUnshowable') });
}

export type JsonSchema = { [key: string]: unknown };

/**
 * What a schema expects, as messages say it (`a number`, `several values in [ ]`): its words in any locale
 * (`(l) => t(l, 'schema.aNumber')`), or British English alone for words the catalogue does not hold yet.
 */
export type Expected = string | Words;

/** What a schema expects, in `locale`. */
export function expectedIn(expected: Expected, locale: string = DEFAULT_LOCALE): string {
  return typeof expected === 'string' ? expected : expected(locale);
}

export interface Schema<T> {
  /** Cheap check used by unions to choose a branch. */
  accepts(value: unknown): boolean;
  read(value: unknown, path: string, ctx: ReadContext): T | Invalid;
  toJson(defs: Map<string, JsonSchema>): JsonSchema;
  /** A short phrase for messages: `a number`, `a list`; in any locale (`expectedIn`). */
  readonly expected: Expected;
  description?: string;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

function withDescription<T>(schema: Schema<T>, description?: string): Schema<T> {
  if (description) schema.description = description;
  return schema;
}

function json(schema: Schema<unknown>, body: JsonSchema): JsonSchema {
  return schema.description ? { description: schema.description, ...body } : body;
}

/** Reports a problem at `path`, in words the kit writes in every locale; only a failure makes them. */
function fail(ctx: ReadContext, path: string, say: Words): Invalid {
  ctx.problems.push({ path, ...said(say) });
  return INVALID;
}

/** Whether `value` is a list; false for a revoked Proxy (whose check throws). */
function isList(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * A regular expression source that matches its letters in either case (`a` → `[aA]`). JSON Schema's
 * `pattern` has no flags, so a schema says "any case" this way. Escapes (`\d`, `\s`) are kept as they are.
 */
function anyCase(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[++i] ?? '');
    } else if (inClass) {
      if (c === ']') inClass = false;
      const range = /^[a-z]-[a-z]/.exec(source.slice(i));
      if (range) {
        out += `${range[0]}${range[0].toUpperCase()}`;
        i += 2;
      } else out += /[a-z]/.test(c) ? `${c}${c.toUpperCase()}` : c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else out += /[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c;
  }
  return out;
}

/** `source` (written in lower case, single spaces) as a `pattern` for text: any case, spaces around ignored. */
export function textPattern(source: string, opts: { collapse?: boolean } = {}): string {
  const body = opts.collapse ? source.replace(/ /g, String.raw`\s+`) : source;
  return String.raw`^\s*(?:${anyCase(body)})\s*$`;
}

/** A word as a regular expression source that matches it literally. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A list of words as JSON Schema: the words themselves first (editors offer them), then a `pattern` taking them
 * as the reader does (any case, surrounding space; with `collapse`, runs of spaces inside as one).
 */
function wordsJson(words: readonly string[], opts: { collapse?: boolean } = {}): JsonSchema {
  const alternatives = words.map((w) => escapeRegExp(w.toLowerCase())).join('|');
  return { type: 'string', anyOf: [{ enum: [...words] }, { pattern: textPattern(alternatives, opts) }] };
}

const SOURCE_PATHS = new WeakMap<object, string>();

/**
 * Where an object that a reader produced stood in the input (`rows[3]`), even when invalid items before it
 * were left out: layouts build their problem paths from it.
 */
export function sourcePath(value: object): string {
  return SOURCE_PATHS.get(value) ?? '';
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  try {
    if (Array.isArray(value)) return false;
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
  } catch {
    // A Proxy whose traps throw is not plain data.
    return false;
  }
}

/** A string (or a finite number, written as text). */
export function string(opts: { description?: string; allowEmpty?: boolean } = {}): Schema<string> {
  return withDescription<string>(
    {
      expected: TEXT,
      accepts: (v) =>
        typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || isLanguageTexts(v),
      read(value, path, ctx) {
        if (typeof value === 'number' && Number.isFinite(value)) return String(value);
        if (isLanguageTexts(value)) {
          // Text in two languages: the widget's, else the other (marked with its language where it is drawn).
          const lang = ctx.lang ?? 'en';
          const picked = pickLanguage(value, lang);
          if (picked.lang !== lang) {
            ctx.otherLanguage ??= new Map();
            ctx.otherLanguage.set(picked.text.trim(), picked.lang);
          }
          value = picked.text;
        }
        if (typeof value !== 'string')
          return fail(ctx, path, (l) => t(l, 'schema.notText', { value: quote(value, 60, l) }));
        if (!spendText(ctx, path, value)) return INVALID;
        if (!opts.allowEmpty && value.trim() === '') return fail(ctx, path, EMPTY);
        return value;
      },
      toJson(defs) {
        // Text in two languages, written once under $defs: the same keys isLanguageTexts reads.
        if (!defs.has(LANGUAGE_TEXTS)) defs.set(LANGUAGE_TEXTS, LANGUAGE_TEXTS_JSON);
        return json(this, {
          anyOf: [
            // Not blank: text of spaces only is empty to the reader.
            opts.allowEmpty
              ? { type: ['string', 'number'] }
              : { type: ['string', 'number'], pattern: String.raw`\S` },
            { $ref: `#/$defs/${LANGUAGE_TEXTS}` },
          ],
        });
      },
    },
    opts.description,
  );
}

/** A plain decimal number, optionally with comma thousands separators: the reader's rule and the schema's. */
const DECIMAL_SOURCE = String.raw`[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+`;
const DECIMAL = new RegExp(`^(?:${DECIMAL_SOURCE})$`);

/** Reads a number by the one documented rule; `undefined` when it is not one. */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!DECIMAL.test(text)) return undefined;
  const n = Number(text.replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

/**
 * What messages call text, a number, a yes or no, nothing, a field holding named values and one holding several
 * values: made once, so that a valid document makes no words. A union tells a number branch by `NUMBER`.
 */
const TEXT: Words = (l) => t(l, 'schema.text');
const NUMBER: Words = (l) => t(l, 'schema.aNumber');
const TRUE_OR_FALSE: Words = (l) => t(l, 'schema.trueOrFalse');
const NOTHING: Words = (l) => t(l, 'value.empty');
const GROUP: Words = (l) => t(l, 'value.group');
const SEVERAL: Words = (l) => t(l, 'value.list');
const EMPTY: Words = (l) => t(l, 'schema.empty');
const MISSING: Words = (l) => t(l, 'schema.missing');
const FORBIDDEN: Words = (l) => t(l, 'schema.forbiddenName');

/** `one of a, b or c`, in any locale, for a schema's `expected`. */
function oneOfWords(words: readonly string[]): Words {
  return (l) => t(l, 'schema.oneOf', { words: wordsToType(words, 'or', l) });
}

/** The message for a value that should be a group of named values. */
function notAGroup(value: unknown): Words {
  return (l) => t(l, 'schema.notGroup', { value: quote(value, 60, l) });
}

/** The message for text that is not a number, with the form to write. */
function notANumber(value: unknown, locale: string): string {
  return t(locale, 'schema.notNumber', { value: quote(value, 60, locale) });
}

/** The message for a value that is not a number: the plain number to write when it is one written otherwise. */
function notANumberWords(value: unknown): Words {
  const fix = numberFixOf(value);
  return fix ? (l) => fixWords(fix, value, l) : (l) => notANumber(value, l);
}

/**
 * A word to offer in a message, alone (`none`) or with other words read as it (`['up', 'Rise', 'High is good']`,
 * said `up (or Rise, High is good)`).
 */
export type Choice = string | readonly [string, ...string[]];

/** The message for a word not in a fixed vocabulary: the words to use, and the nearest one if it is close. */
function notAWord(value: unknown, words: readonly string[], choices: readonly Choice[] = words): Words {
  return (l) =>
    t(l, 'schema.notWord', {
      value: quote(value, 60, l),
      guess: didYouMean(value, words, undefined, l),
      words: listWords(
        choices.map((c) =>
          typeof c === 'string'
            ? wordToType(c, l)
            : `${wordToType(c[0], l)} (${t(l, 'schema.orAlso', {
                words: c
                  .slice(1)
                  .map((w) => wordToType(w, l))
                  .join(', '),
              })})`,
        ),
        'or',
        l,
      ),
    });
}

/** A number as a message writes it for the editor to copy: no float noise, no thousands separators. */
function plain(n: number): string {
  return String(Number(n.toPrecision(12)));
}

const MULTIPLIERS: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9 };
const MONEY = /^([+-]?)\s*([£$€]?)\s*([\d,]*\.?\d+)\s*(k|m|mn|bn)?$/i;

/**
 * Why text as Excel formats a number is not read as one, with the plain number to write instead
 * (docs/reference.md §5.3): `76.5%`, `£1.2m`, `3.5k`, `(1,234)`. `undefined` for any other text. A KPI in per
 * cent reads `76.5%` itself (kpi.ts).
 */
export function numberFix(value: unknown, locale: string = DEFAULT_LOCALE): string | undefined {
  const fix = numberFixOf(value);
  return fix && fixWords(fix, value, locale);
}

/** Why text is not read as a number (the message's key) and the plain number to write (`numberFix`). */
interface NumberFix {
  key:
    | 'schema.percentSign'
    | 'schema.money'
    | 'schema.bracketNegative'
    | 'schema.spaceThousands'
    | 'schema.spaceThousandsComma'
    | 'schema.pointThousands'
    | 'schema.pointThousandsComma'
    | 'schema.commaDecimal';
  number: string;
}

function fixWords(fix: NumberFix, value: unknown, locale: string): string {
  return t(locale, fix.key, { value: quote(value, 60, locale), number: fix.number });
}

function numberFixOf(value: unknown): NumberFix | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const percent = /^(.*\d)\s*%$/.exec(text);
  const inPercent = percent ? readNumber(percent[1]) : undefined;
  if (inPercent !== undefined) return { key: 'schema.percentSign', number: plain(inPercent) };
  const money = MONEY.exec(text);
  const amount = money ? readNumber(money[3]) : undefined;
  if (money && amount !== undefined && (money[2] || money[4])) {
    const n = amount * (MULTIPLIERS[(money[4] ?? '').toLowerCase()] ?? 1) * (money[1] === '-' ? -1 : 1);
    return { key: 'schema.money', number: plain(n) };
  }
  const brackets = /^\(\s*([^()]*)\s*\)$/.exec(text);
  const negative = brackets ? readNumber(brackets[1]) : undefined;
  if (negative !== undefined && negative >= 0)
    return { key: 'schema.bracketNegative', number: plain(-negative) };
  return europeanFix(text);
}

/** A space, a no-break space, a narrow no-break space or a thin space: what SI and French writing put between thousands. */
const GAP = '[ \u00a0\u202f\u2009]';
const SPACED_THOUSANDS = new RegExp(String.raw`^([+-]?)(\d{1,3}(?:${GAP}\d{3})+)(?:([.,])(\d+))?$`);
const POINT_THOUSANDS = /^([+-]?)(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/;
const COMMA_DECIMAL = /^([+-]?)(\d+),(\d+)$/;

/**
 * Numbers written the European or SI way, named with the plain number to write (never read as another number):
 * `1 234` (a space or no-break space between thousands), `1 234,5`, `1.234,5` and `1.234.567` (a point between
 * thousands), `12,5` (a comma before the decimals). `1.234` and `1,234` are plain decimals by the kit's rule.
 */
function europeanFix(text: string): NumberFix | undefined {
  const write = (sign: string, whole: string, decimals: string | undefined) =>
    plain(Number(`${sign}${whole.replace(/\D/g, '')}${decimals ? `.${decimals}` : ''}`));
  const spaced = SPACED_THOUSANDS.exec(text);
  if (spaced) {
    const [, sign = '', whole = '', mark, decimals] = spaced;
    return {
      key: mark === ',' ? 'schema.spaceThousandsComma' : 'schema.spaceThousands',
      number: write(sign, whole, decimals),
    };
  }
  const pointed = POINT_THOUSANDS.exec(text);
  if (pointed && (pointed[3] !== undefined || (pointed[2] ?? '').split('.').length > 2)) {
    const [, sign = '', whole = '', decimals] = pointed;
    return {
      key: decimals === undefined ? 'schema.pointThousands' : 'schema.pointThousandsComma',
      number: write(sign, whole, decimals),
    };
  }
  const comma = COMMA_DECIMAL.exec(text);
  if (comma) {
    const [, sign = '', whole = '', decimals] = comma;
    return { key: 'schema.commaDecimal', number: write(sign, whole, decimals) };
  }
  return undefined;
}

/**
 * DECIMAL as a `pattern` for text, with the space around it that the reader trims. A minimum of 0 or 1 is
 * checked by a look-ahead on the sign and the whole part; any other minimum only when read (said in `$comment`).
 */
function decimalJson(min: number | undefined): JsonSchema {
  // Not below 0: no minus sign before a non-zero digit. Not below 1: a non-zero digit before any point.
  const atLeast = min === 0 ? String.raw`(?!\s*-.*[1-9])` : min === 1 ? String.raw`(?=\s*\+?[0,]*[1-9])` : '';
  const body: JsonSchema = { type: 'string', pattern: String.raw`^${atLeast}\s*(?:${DECIMAL_SOURCE})\s*$` };
  if (min !== undefined && !atLeast) body.$comment = `as text, "at least ${min}" is checked only when read`;
  return body;
}

/**
 * A JSON Schema with each of its plain-decimal patterns (`decimalJson`) also taking a per cent sign after the
 * number, `"76.5%"` or `"76.5 %"`: how a KPI in per cent reads its numbers (kpi.ts `readPercentAsWritten`).
 */
export function allowingPercentSign(schema: JsonSchema): JsonSchema {
  const end = String.raw`(?:${DECIMAL_SOURCE})\s*$`;
  const copy = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(copy);
    if (!isPlainObject(value)) return value;
    const out: JsonSchema = {};
    for (const [key, v] of Object.entries(value)) {
      out[key] =
        key === 'pattern' && typeof v === 'string' && v.endsWith(end)
          ? String.raw`${v.slice(0, -end.length)}(?:${DECIMAL_SOURCE})\s*%?\s*$`
          : copy(v);
    }
    return out;
  };
  return copy(schema) as JsonSchema;
}

/** A finite number, or a string holding a plain decimal number (`"1,234.5"`). */
export function number(opts: { description?: string; min?: number } = {}): Schema<number> {
  return withDescription<number>(
    {
      expected: NUMBER,
      accepts: (v) => typeof v === 'number' || (typeof v === 'string' && readNumber(v) !== undefined),
      read(value, path, ctx) {
        const n = readNumber(value);
        if (n === undefined) return fail(ctx, path, notANumberWords(value));
        const min = opts.min;
        if (min !== undefined && n < min)
          return fail(ctx, path, (l) => t(l, 'schema.lessThan', { number: plain(n), min: String(min) }));
        return n;
      },
      toJson() {
        const asNumber: JsonSchema =
          opts.min === undefined ? { type: 'number' } : { type: 'number', minimum: opts.min };
        return json(this, { oneOf: [asNumber, decimalJson(opts.min)] });
      },
    },
    opts.description,
  );
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '']);

export function boolean(opts: { description?: string } = {}): Schema<boolean> {
  return withDescription<boolean>(
    {
      expected: TRUE_OR_FALSE,
      accepts: (v) => typeof v === 'boolean' || typeof v === 'string',
      read(value, path, ctx) {
        if (typeof value === 'boolean') return value;
        if (typeof value === 'string') {
          const word = value.trim().toLowerCase();
          if (TRUE_WORDS.has(word)) return true;
          if (FALSE_WORDS.has(word)) return false;
        }
        return fail(ctx, path, (l) => t(l, 'schema.notBoolean', { value: quote(value, 60, l) }));
      },
      toJson() {
        return json(this, { oneOf: [{ type: 'boolean' }, wordsJson([...TRUE_WORDS, ...FALSE_WORDS])] });
      },
    },
    opts.description,
  );
}

/** One of a fixed list of words, matched ignoring case and surrounding space; returns the canonical word. */
export function oneOf<const W extends readonly string[]>(
  words: W,
  opts: { description?: string } = {},
): Schema<W[number]> {
  const byLower = new Map(words.map((w) => [w.toLowerCase(), w] as const));
  return withDescription<W[number]>(
    {
      expected: oneOfWords(words),
      accepts: (v) => typeof v === 'string' && byLower.has(v.trim().toLowerCase()),
      read(value, path, ctx) {
        const found = typeof value === 'string' ? byLower.get(value.trim().toLowerCase()) : undefined;
        if (found === undefined) return fail(ctx, path, notAWord(value, words));
        return found;
      },
      toJson() {
        return json(this, wordsJson(words));
      },
    },
    opts.description,
  );
}

export function literalNull(): Schema<null> {
  return {
    expected: NOTHING,
    accepts: (v) => v === null,
    read: (value, path, ctx) =>
      value === null ? null : fail(ctx, path, (l) => t(l, 'schema.notEmpty', { value: quote(value, 60, l) })),
    toJson: () => ({ type: 'null' }),
  };
}

interface OptionalSchema<T> {
  optional: true;
  schema: Schema<T>;
}

/** Marks an object field as optional. */
export function optional<T>(schema: Schema<T>): OptionalSchema<T> {
  return { optional: true, schema };
}

type Field = Schema<unknown> | OptionalSchema<unknown>;
type Fields = Record<string, Field>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type RequiredKeys<F extends Fields> = {
  [K in keyof F]: F[K] extends OptionalSchema<unknown> ? never : K;
}[keyof F];
type OptionalKeys<F extends Fields> = Exclude<keyof F, RequiredKeys<F>>;
type FieldType<X> = X extends OptionalSchema<infer T> ? T : X extends Schema<infer T> ? T : never;
export type ObjectOf<F extends Fields> = Simplify<
  { [K in RequiredKeys<F>]: FieldType<F[K]> } & { [K in OptionalKeys<F>]?: FieldType<F[K]> }
>;

function isOptional(field: Field): field is OptionalSchema<unknown> {
  return (field as OptionalSchema<unknown>).optional === true;
}

/** An object with known fields; unknown keys are ignored (and never copied). */
export function object<F extends Fields>(
  fields: F,
  opts: { description?: string } = {},
): Schema<ObjectOf<F>> {
  const entries = Object.entries(fields);
  const readFields = (
    value: Record<string, unknown>,
    path: string,
    ctx: ReadContext,
  ): ObjectOf<F> | Invalid => {
    const out: Record<string, unknown> = {};
    let ok = true;
    for (const [key, field] of entries) {
      let raw: unknown;
      try {
        raw = Object.hasOwn(value, key) ? value[key] : undefined;
      } catch (error) {
        // A getter (or a Proxy) that throws: this field is left out, the rest is read.
        fail(ctx, joinKey(path, key), readError(error));
        ok = ok && isOptional(field);
        continue;
      }
      // The path is made only for a field that is there or missing: most optional fields are absent, and a
      // document of 10,000 values would otherwise build a path string for every field of every group.
      if (isOptional(field)) {
        if (raw === undefined) continue;
        const fieldPath = joinKey(path, key);
        const read = field.schema.read(raw, fieldPath, ctx);
        if (read !== INVALID) out[key] = read;
      } else {
        const fieldPath = joinKey(path, key);
        if (raw === undefined) {
          fail(ctx, fieldPath, MISSING);
          ok = false;
          continue;
        }
        const read = field.read(raw, fieldPath, ctx);
        if (read === INVALID) ok = false;
        else out[key] = read;
      }
    }
    if (!ok) return INVALID;
    SOURCE_PATHS.set(out, path);
    return out as ObjectOf<F>;
  };
  return withDescription<ObjectOf<F>>(
    {
      expected: GROUP,
      accepts: isPlainObject,
      read(value, path, ctx) {
        if (!isPlainObject(value)) return fail(ctx, path, notAGroup(value));
        return entered(ctx, value, path, () => readFields(value, path, ctx));
      },
      toJson(defs) {
        const properties: Record<string, JsonSchema> = {};
        const required: string[] = [];
        for (const [key, field] of entries) {
          properties[key] = isOptional(field) ? field.schema.toJson(defs) : field.toJson(defs);
          if (!isOptional(field)) required.push(key);
        }
        const body: JsonSchema = { type: 'object', properties };
        if (required.length) body.required = required;
        return json(this, body);
      },
    },
    opts.description,
  );
}

function nested<T>(ctx: ReadContext, path: string, run: () => T | Invalid): T | Invalid {
  if (ctx.depth >= MAX_DEPTH) return fail(ctx, path, (l) => t(l, 'schema.tooDeep', { most: MAX_DEPTH }));
  ctx.depth++;
  try {
    return run();
  } finally {
    ctx.depth--;
  }
}

/** A list; invalid items are left out (and reported), valid ones kept in order. */
export function array<T>(
  item: Schema<T>,
  opts: { description?: string; minItems?: number; maxItems?: number } = {},
): Schema<T[]> {
  return withDescription<T[]>(
    {
      expected: SEVERAL,
      accepts: Array.isArray,
      read(value, path, ctx) {
        if (!isList(value))
          return fail(ctx, path, (l) => t(l, 'schema.notList', { value: quote(value, 60, l) }));
        return entered(ctx, value, path, () => {
          const { minItems = 0, maxItems = Number.POSITIVE_INFINITY } = opts;
          const length = value.length;
          if (length < minItems || length > maxItems) {
            // The numbers as written, no thousands separator; `count` chooses the words.
            const held = { count: length, length: String(length) };
            return fail(ctx, path, (l) =>
              minItems === maxItems
                ? t(l, 'schema.countExactly', { ...held, n: String(minItems) })
                : maxItems === Number.POSITIVE_INFINITY
                  ? t(l, 'schema.countAtLeast', { ...held, n: String(minItems) })
                  : t(l, 'schema.countBetween', { ...held, low: String(minItems), high: String(maxItems) }),
            );
          }
          return nested(ctx, path, () => {
            const out: T[] = [];
            const count = Math.min(length, MAX_ITEMS);
            for (let i = 0; i < count; i++) {
              const itemPath = joinIndex(path, i);
              if (!spendValue(ctx, itemPath)) break;
              const read = item.read(value[i], itemPath, ctx);
              if (read !== INVALID) out.push(read);
            }
            if (length > MAX_ITEMS) {
              fail(ctx, path, (l) => t(l, 'schema.tooManyItems', { count: length, most: MAX_ITEMS }));
            }
            return out;
          });
        });
      },
      toJson(defs) {
        const body: JsonSchema = { type: 'array', items: item.toJson(defs) };
        if (opts.minItems) body.minItems = opts.minItems;
        // Items past MAX_ITEMS are reported, not read.
        body.maxItems = Math.min(opts.maxItems ?? MAX_ITEMS, MAX_ITEMS);
        return json(this, body);
      },
    },
    opts.description,
  );
}

/**
 * A map from ids to values (`grades: { sg: …, lac: … }`). The result has no prototype; forbidden keys
 * (`__proto__`, …) are reported and never written.
 */
export function record<T>(value: Schema<T>, opts: { description?: string } = {}): Schema<Record<string, T>> {
  return withDescription<Record<string, T>>(
    {
      expected: GROUP,
      accepts: isPlainObject,
      read(input, path, ctx) {
        if (!isPlainObject(input)) return fail(ctx, path, notAGroup(input));
        return entered(ctx, input, path, () =>
          nested(ctx, path, () => {
            const out: Record<string, T> = Object.create(null);
            SOURCE_PATHS.set(out, path);
            const keys = Object.keys(input);
            const count = Math.min(keys.length, MAX_ITEMS);
            for (let i = 0; i < count; i++) {
              const key = keys[i]!;
              const keyPath = joinKey(path, key);
              if (!spendValue(ctx, keyPath)) break;
              if (FORBIDDEN_KEYS.has(key)) {
                fail(ctx, keyPath, FORBIDDEN);
                continue;
              }
              const read = value.read(input[key], keyPath, ctx);
              if (read !== INVALID) out[key] = read;
            }
            if (keys.length > MAX_ITEMS) {
              const held = keys.length;
              fail(ctx, path, (l) => t(l, 'schema.tooManyNames', { count: held, most: MAX_ITEMS }));
            }
            return out;
          }),
        );
      },
      toJson(defs) {
        return json(this, {
          type: 'object',
          propertyNames: { not: { enum: [...FORBIDDEN_KEYS] } },
          additionalProperties: value.toJson(defs),
          // Names past MAX_ITEMS are reported, not read.
          maxProperties: MAX_ITEMS,
        });
      },
    },
    opts.description,
  );
}

/** The same schema, chosen in a union only when `accepts` says so (e.g. an object with a `rate` key). */
export function guard<T>(schema: Schema<T>, accepts: (value: unknown) => boolean): Schema<T> {
  return { ...schema, accepts, read: schema.read, toJson: schema.toJson.bind(schema) };
}

/**
 * A word from a fixed vocabulary (any case, spaces collapsed) read as the value it stands for:
 * `wordMap({ rise: 'up', fall: 'down' })` reads `"Rise"` as `'up'`.
 */
export function wordMap<T extends string>(
  words: Readonly<Record<string, T>>,
  opts: { description?: string; choices?: readonly Choice[] } = {},
): Schema<T> {
  const keys = Object.keys(words);
  const lookup = (v: unknown) =>
    typeof v === 'string' && Object.hasOwn(words, normalise(v)) ? words[normalise(v)] : undefined;
  return withDescription<T>(
    {
      expected: oneOfWords(keys),
      accepts: (v) => lookup(v) !== undefined,
      read(value, path, ctx) {
        const found = lookup(value);
        if (found === undefined) return fail(ctx, path, notAWord(value, keys, opts.choices));
        return found;
      },
      toJson() {
        return json(this, {
          ...wordsJson(keys, { collapse: true }),
          $comment: `matched ignoring case and runs of spaces; the vocabulary maps to ${[...new Set(Object.values(words))].join(', ')}`,
        });
      },
    },
    opts.description,
  );
}

/**
 * The same reader, with a JSON Schema that also states a rule the widget checks after reading (a grade on the
 * scale, a timescale it can count): `toJson` gets the reader's own JSON Schema to add to. An editor then flags
 * in advance what the widget would report.
 */
export function checkedAfterRead<T>(
  schema: Schema<T>,
  toJson: (base: JsonSchema, defs: Map<string, JsonSchema>) => JsonSchema,
): Schema<T> {
  return { ...schema, read: schema.read, toJson: (defs) => toJson(schema.toJson(defs), defs) };
}

/** The first branch that accepts the value reads it. */
export function union<S extends Schema<unknown>[]>(
  branches: S,
  opts: { description?: string; expected?: Expected } = {},
): Schema<Infer<S[number]>> {
  const expected: Expected =
    opts.expected ??
    ((l) =>
      // The kit's own words for what each branch takes: mutated after `neu` in Welsh (`testun neu wag`).
      listWords(
        branches.map((b) => expectedIn(b.expected, l)),
        'or',
        l,
        true,
      ));
  return withDescription<Infer<S[number]>>(
    {
      expected,
      accepts: (v) => branches.some((b) => b.accepts(v)),
      read(value, path, ctx) {
        const branch = branches.find((b) => b.accepts(value));
        if (!branch) {
          // Text as Excel formats a number (76.5%, £1.2m) gets the plain number to write instead.
          if (
            branches.some((b) => b.expected === NUMBER || b.expected === 'a number') &&
            typeof value === 'string'
          )
            return fail(ctx, path, notANumberWords(value));
          return fail(ctx, path, (l) =>
            t(l, 'schema.writeInstead', { value: quote(value, 60, l), expected: expectedIn(expected, l) }),
          );
        }
        return branch.read(value, path, ctx) as Infer<S[number]> | Invalid;
      },
      toJson(defs) {
        return json(this, { anyOf: branches.map((b) => b.toJson(defs)) });
      },
    },
    opts.description,
  );
}

/** A named, possibly recursive definition: written once under `$defs` and referenced. */
export function named<T>(name: string, get: () => Schema<T>): Schema<T> {
  return {
    expected: GROUP,
    accepts: (v) => get().accepts(v),
    read: (value, path, ctx) => nested(ctx, path, () => get().read(value, path, ctx)),
    toJson(defs) {
      if (!defs.has(name)) {
        defs.set(name, {});
        defs.set(name, get().toJson(defs));
      }
      return { $ref: `#/$defs/${name}` };
    },
  };
}

/** Reads a whole document: the valid value (or `undefined`) and every problem. */
export function readWith<T>(
  schema: Schema<T>,
  value: unknown,
  path = '',
  opts: { lang?: string; otherLanguage?: Map<string, string> } = {},
): { value?: T; problems: Problem[] } {
  const ctx = readContext();
  ctx.root = { doc: value, prefix: path };
  if (opts.lang) ctx.lang = opts.lang;
  if (opts.otherLanguage) ctx.otherLanguage = opts.otherLanguage;
  let read: T | Invalid;
  try {
    read = schema.read(value, path, ctx);
  } catch (error) {
    // Whatever the data is, reading it never throws: a value that breaks a reader is a problem at its place.
    read = fail(ctx, path || 'data', readError(error));
  }
  return read === INVALID ? { problems: ctx.problems } : { value: read, problems: ctx.problems };
}

/**
 * What a widget reads of one document in all, in words: each list's and map's cap is `maxItems` /
 * `maxProperties` in the schema, but the budget for the whole document is not something JSON Schema can say,
 * so each schema's root description says it.
 */
export function budgetWords(): string {
  const n = (v: number) => formatNumber(v, DEFAULT_LOCALE, 0);
  return `A widget reads at most ${n(MAX_ITEMS)} items of each list and ${n(MAX_ITEMS)} names of each map (maxItems, maxProperties), and of the whole document at most ${n(MAX_VALUES)} values in all (list items and map entries, however nested), ${n(MAX_TEXT)} characters of text and ${MAX_DEPTH} levels of nesting; the rest is not read, and the widget says where it stopped.`;
}

/** The JSON Schema (draft 2020-12) document for a shape; its root description ends with budgetWords(). */
export function toJsonSchema(schema: Schema<unknown>, id: string, title: string): JsonSchema {
  const defs = new Map<string, JsonSchema>();
  const root = schema.toJson(defs);
  const said = typeof root.description === 'string' ? `${root.description} ` : '';
  const doc: JsonSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title,
    ...root,
    description: `${said}${budgetWords()}`,
  };
  if (defs.size) doc.$defs = Object.fromEntries(defs);
  return doc;
}
