/**
 * The kit's message catalogue (docs/reference.md, Languages): every word a widget shows or speaks is looked up
 * here by key, in the widget's language. British English (`en-GB`, en.ts) and Welsh (`cy`, cy.ts) are built
 * in; a council adds another language with `registerTranslation()`, a JSON catalogue checked for missing keys
 * and plural categories. A key a catalogue lacks falls back to British English, key by key.
 *
 * Plurals go through `Intl.PluralRules` (Welsh uses all six categories), numbers through `formatNumber`, and
 * lists through the catalogue's own words (`Intl.ListFormat('cy')` writes the literal "a(c)").
 */
import { DEFAULT_LOCALE, formatNumber, keepLanguage } from '../format.js';
import { EN_GB } from './en.js';
import { type Entry, type EntryHoles, PLURAL_CATEGORIES, type Plural, type PluralCategory } from './types.js';
import { CY, LOAD_WELSH } from './welsh.js';

export { EN_GB } from './en.js';
export type { Entry, FullPlural, Plural, PluralCategory } from './types.js';
export { CY } from './welsh.js';

/** A key of the catalogue. */
export type MessageKey = keyof typeof EN_GB;

/** The parameters a message takes: its holes (numbers are written in the widget's locale), `count` for a plural. */
export type MessageParams<K extends MessageKey> = {
  readonly [P in EntryHoles<(typeof EN_GB)[K]>]: P extends 'count' ? number : string | number;
};

/** A catalogue of the built-in kind: every key; where English has a plural, every category `C` needs. */
export type Catalogue<P extends Plural = Plural> = {
  readonly [K in MessageKey]: (typeof EN_GB)[K] extends string ? string : P;
};

/** A registered catalogue: the keys it gives (the rest are British English's). */
type Partial = { readonly [K in MessageKey]?: Entry };

const catalogues = new Map<string, Partial>([['en', EN_GB]]);
// The English-only bundle has an empty Welsh catalogue (scripts/build-plugins.mjs `withoutWelsh`): Welsh is then
// a language with no catalogue, whose words are British English's.
if (Object.keys(CY).length > 0) catalogues.set('cy', CY);

/** Catalogues loaded the first time a widget needs them (the lazy loader's Welsh: welsh.ts), by language. */
const later = new Map<string, () => Promise<Partial>>();
if (LOAD_WELSH) later.set('cy', LOAD_WELSH);
const loading = new Map<string, Promise<void>>();

/**
 * Resolves once the words of `locale`'s language are here, where they are loaded on first need (and starts
 * loading them); undefined when they already are, or the language has none to load. A widget waits for it
 * before it draws, so that a Welsh widget never shows English words first. Should they fail to load (the page
 * went offline), the widget draws in British English and the console says why.
 */
export function catalogueReady(locale: string | undefined): Promise<void> | undefined {
  // Every update asks: with nothing left to load (any build but the lazy loader's), that is all.
  if (later.size === 0) return undefined;
  const lang = (locale ?? DEFAULT_LOCALE).toLowerCase().split('-')[0]!;
  const load = later.get(lang);
  if (!load) return undefined;
  // A page that registered its own words for the language first (registerTranslation) keeps them.
  if (catalogues.has(lang)) {
    later.delete(lang);
    return undefined;
  }
  let ready = loading.get(lang);
  if (!ready) {
    ready = load().then(
      (entries) => {
        later.delete(lang);
        if (!catalogues.has(lang)) catalogues.set(lang, entries);
        chosen.clear();
        for (const listener of changed) listener();
      },
      (error: unknown) => {
        later.delete(lang);
        console.error(
          `Inspection Kit could not load its "${lang}" words (${String(error)}): British English is used`,
        );
      },
    );
    loading.set(lang, ready);
  }
  return ready;
}

/** The catalogue for a locale, remembered: its own tag, else its language (`cy-GB` → `cy`), else English. */
const chosen = new Map<string, { lang: string; entries: Partial }>();

function catalogueOf(locale: string | undefined): { lang: string; entries: Partial } {
  const tag = (locale ?? DEFAULT_LOCALE).toLowerCase();
  let found = chosen.get(tag);
  if (!found) {
    const primary = tag.split('-')[0]!;
    const own = catalogues.get(tag);
    const lang = own ? tag : catalogues.has(primary) ? primary : 'en';
    found = { lang, entries: own ?? catalogues.get(lang)! };
    chosen.set(tag, found);
  }
  return found;
}

/**
 * The language a locale's words are in: `cy` for `cy` or `cy-GB`, `en` for English and for every language
 * with no catalogue (whose words fall back to British English). For `lang` on text the widget writes.
 */
export function languageOf(locale: string | undefined): string {
  return catalogueOf(locale).lang;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural category of `count` in a language; British English without `Intl`, like numbers (format.ts). */
export function pluralCategory(lang: string, count: number): PluralCategory {
  if (lang === 'en') return count === 1 ? 'one' : 'other';
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count) as PluralCategory;
}

/**
 * Each catalogue text split once at its holes: `['Showing ', 'shown', ' of ', 'of', '']` (words, then a hole's
 * name, in turn). A page of 500 sparklines fills the same few texts thousands of times. Bounded: the texts are
 * the catalogues'.
 */
const split = new Map<string, readonly string[]>();

function fill(text: string, params: Readonly<Record<string, string | number>> | undefined, locale: string) {
  if (!params) return text;
  let parts = split.get(text);
  if (!parts) {
    parts = text.split(/\{(\w+)\}/);
    split.set(text, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const v = params[name];
    out +=
      (v === undefined
        ? `{${name}}`
        : typeof v === 'number'
          ? formatNumber(v, locale, name === 'count' ? 0 : 2)
          : v) + parts[i + 1]!;
  }
  return out;
}

function entryText(entry: Entry, lang: string, count: number | undefined): string | undefined {
  if (typeof entry === 'string') return entry;
  return entry[pluralCategory(lang, count ?? 0)] ?? entry.other;
}

type ParamArgs<K extends MessageKey> = [EntryHoles<(typeof EN_GB)[K]>] extends [never]
  ? []
  : [params: MessageParams<K>];

/**
 * The words of `key` in `locale`, its parameters filled in: `t('cy', 'grid.judgements', { count: 3 })` →
 * `3 barn`. A key the locale's catalogue lacks is British English's.
 */
export function t<K extends MessageKey>(
  locale: string | undefined,
  key: K,
  ...[params]: ParamArgs<K>
): string {
  const { lang, entries } = catalogueOf(locale);
  const values = params as Readonly<Record<string, string | number>> | undefined;
  const count = typeof values?.count === 'number' ? values.count : undefined;
  const own = entries[key];
  const text =
    (own !== undefined ? entryText(own, lang, count) : undefined) ??
    (entryText(EN_GB[key], 'en', count) as string);
  return fill(text, values, locale ?? DEFAULT_LOCALE);
}

/**
 * The words of `key` as parts, its parameters apart from the words around them: a template draws each part as
 * its own text node, as it would `Source: ${label}`, so that the data's text stays a node of its own.
 */
export function tParts<K extends MessageKey>(
  locale: string | undefined,
  key: K,
  ...[params]: ParamArgs<K>
): string[] {
  const marked: Record<string, string | number> = {};
  const values = (params ?? {}) as Readonly<Record<string, string | number>>;
  for (const name of Object.keys(values)) marked[name] = `\u0000${name}\u0000`;
  if (typeof values.count === 'number') marked.count = values.count;
  const text = (t as (l: string | undefined, k: string, p: object) => string)(locale, key, marked);
  return text
    .split('\u0000')
    .map((part, i) =>
      i % 2 === 1
        ? String(Object.hasOwn(values, part) ? fill(`{${part}}`, values, locale ?? DEFAULT_LOCALE) : part)
        : part,
    )
    .filter((part) => part !== '');
}

/** Whether `key` is a message key (for keys made from data: a built-in grade's label). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(EN_GB, key);
}

/**
 * The words of a key made from data (a built-in grade's label: `grade.Good`), with no parameters; `fallback`
 * when it is not a message key (a custom scale's grade, the data's own word).
 */
export function wordOf(locale: string | undefined, key: string, fallback: string): string {
  return isMessageKey(key) ? (t as (l: string | undefined, k: string) => string)(locale, key) : fallback;
}

/** Welsh words that take `ac`, not `a` (and `neu` is the same before any word): those starting with a vowel. */
const VOWEL_START = /^["'“‘(]*[aeiouwyâêîôûŵŷáéíóúàèìòù]/i;

/** Welsh soft mutation (after `neu`), longest first: `testun` → `destun`, `gwag` → `wag`, `llun` → `lun`. */
const SOFT: readonly (readonly [string, string])[] = [
  ['ll', 'l'],
  ['rh', 'r'],
  ['p', 'b'],
  ['t', 'd'],
  ['c', 'g'],
  ['b', 'f'],
  ['d', 'dd'],
  ['g', ''],
  ['m', 'f'],
];
/** Welsh aspirate mutation (after `a`): `cell` → `chell`, `pwynt` → `phwynt`, `testun` → `thestun`. */
const ASPIRATE: readonly (readonly [string, string])[] = [
  ['c', 'ch'],
  ['p', 'ph'],
  ['t', 'th'],
];

/** A Welsh word of the kit's own after `a` or `neu`, mutated; a word already mutated (`ch`, `ph`, `th`, `dd`) is not. */
function mutated(word: string, rules: readonly (readonly [string, string])[]): string {
  const lower = word.toLowerCase();
  if (/^(ch|ph|th|dd|ff|ng)/.test(lower)) return word;
  for (const [from, to] of rules) {
    if (!lower.startsWith(from)) continue;
    const rest = word.slice(from.length);
    const upper = word[0] !== lower[0];
    return upper && to
      ? to[0]!.toUpperCase() + to.slice(1) + rest
      : upper
        ? rest[0]!.toUpperCase() + rest.slice(1)
        : to + rest;
  }
  return word;
}

/**
 * Words joined in the locale's language: `A, B and C` (`A, B a C` / `ac` before a vowel in Welsh), `or`
 * (`neu`). The items are written as given when they are names, numbers or quoted words, which Welsh does not
 * mutate in writing; `kitWords` says they are the kit's own words (`testun`, `gwag`), and in Welsh the last is
 * then mutated as it follows `neu` (soft: `testun neu wag`) or `a` (aspirate: `rhesi a cholofnau`).
 */
export function listOf(
  locale: string | undefined,
  items: readonly string[],
  last: 'and' | 'or',
  kitWords = false,
): string {
  if (items.length <= 1) return items.join('');
  let tail = items[items.length - 1]!;
  const word = VOWEL_START.test(tail)
    ? t(locale, last === 'and' ? 'list.andVowel' : 'list.orVowel')
    : t(locale, last === 'and' ? 'list.and' : 'list.or');
  if (kitWords && languageOf(locale) === 'cy') tail = mutated(tail, last === 'and' ? ASPIRATE : SOFT);
  return `${items.slice(0, -1).join(', ')} ${word} ${tail}`;
}

/** What `checkCatalogue` found wrong with a catalogue. */
export interface CatalogueReport {
  /** Keys British English has that the catalogue lacks (British English's words are used for them). */
  missing: string[];
  /** Keys of plurals without every category the language's `Intl.PluralRules` uses, with the categories. */
  plurals: string[];
  /** Keys that are not message keys (left out), or whose value is not words or a plural. */
  unknown: string[];
  /** Keys whose words have a `{parameter}` British English's have not (it would be shown as written). */
  holes: string[];
}

function holesOf(entry: Entry): Set<string> {
  const texts =
    typeof entry === 'string' ? [entry] : Object.values(entry).filter((v) => typeof v === 'string');
  const found = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(/\{(\w+)\}/g)) found.add(m[1]!);
  return found;
}

function isEntry(value: unknown): value is Entry {
  if (typeof value === 'string') return true;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    typeof (value as { other?: unknown }).other === 'string' &&
    entries.every(([k, v]) => (PLURAL_CATEGORIES as readonly string[]).includes(k) && typeof v === 'string')
  );
}

/**
 * Checks a catalogue against British English's keys, holes and plurals, and the categories
 * `Intl.PluralRules(lang)` uses: what a council's JSON catalogue lacks, before it is used.
 */
export function checkCatalogue(lang: string, catalogue: unknown): CatalogueReport {
  const report: CatalogueReport = { missing: [], plurals: [], unknown: [], holes: [] };
  const given: Readonly<Record<string, unknown>> =
    catalogue !== null && typeof catalogue === 'object' ? (catalogue as Record<string, unknown>) : {};
  let categories: readonly string[] = ['one', 'other'];
  try {
    categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  } catch {
    // A tag Intl cannot read: checked against English's categories.
  }
  for (const key of Object.keys(given)) {
    if (!isMessageKey(key) || !isEntry(given[key])) report.unknown.push(key);
  }
  for (const key of Object.keys(EN_GB) as MessageKey[]) {
    const value = given[key];
    if (!Object.hasOwn(given, key) || !isEntry(value)) {
      if (!report.unknown.includes(key)) report.missing.push(key);
      continue;
    }
    const english: Entry = EN_GB[key];
    if (typeof english !== 'string') {
      const lacking =
        typeof value === 'string' ? [...categories] : categories.filter((c) => !Object.hasOwn(value, c));
      if (lacking.length) report.plurals.push(`${key} (${lacking.join(', ')})`);
    }
    // A translation may leave a parameter out (Welsh says "3 o 7" without the noun), never add one.
    const known = holesOf(english);
    if (typeof english !== 'string') known.add('count');
    if ([...holesOf(value)].some((h) => !known.has(h))) report.holes.push(key);
  }
  return report;
}

/**
 * Adds (or replaces) the words of a language, from a catalogue such as a JSON file: `registerTranslation('fr',
 * catalogue)`. The catalogue is checked (`checkCatalogue`): a console warning names the keys it lacks, the
 * plurals without a category the language needs and the keys it does not know; those keys are British
 * English's words. Widgets whose nearest `lang` is that language use it when they next draw (changing `lang`
 * redraws them). Returns the report.
 */
export function registerTranslation(lang: string, catalogue: unknown): CatalogueReport {
  const tag = lang.trim().toLowerCase();
  const report = checkCatalogue(tag, catalogue);
  const given = (catalogue ?? {}) as Readonly<Record<string, unknown>>;
  const entries: Record<string, Entry> = {};
  for (const key of Object.keys(EN_GB)) {
    const value = given[key];
    if (Object.hasOwn(given, key) && isEntry(value) && !report.holes.includes(key)) entries[key] = value;
  }
  catalogues.set(tag, entries);
  chosen.clear();
  // Its words are used even where the browser's Intl has no data for the language.
  keepLanguage(tag);
  const said = [
    report.missing.length ? `lacks ${report.missing.join(', ')}` : '',
    report.plurals.length ? `has plurals without a category: ${report.plurals.join(', ')}` : '',
    report.holes.length ? `has {parameters} that English's words have not: ${report.holes.join(', ')}` : '',
    report.unknown.length ? `has keys that are not the kit's: ${report.unknown.join(', ')}` : '',
  ].filter(Boolean);
  if (said.length) {
    console.warn(
      `Inspection Kit: the "${tag}" translation ${said.join('; ')}. British English is used for those.`,
    );
  }
  for (const listener of changed) listener();
  return report;
}

/** Called when a language is registered, so widgets showing it draw again (base/ik-element.ts). */
const changed = new Set<() => void>();
export function onTranslationChange(listener: () => void): () => void {
  changed.add(listener);
  return () => changed.delete(listener);
}
