import { DEFAULT_LOCALE } from './format.js';
import { listOf, t } from './i18n/index.js';

/**
 * Words written in a locale: a problem's message or place, in the widget's language when it is shown
 * (`(l) => t(l, 'csv.cells', { … })`). The catalogue (i18n/) holds the words of each language.
 */
export type Words = (locale: string) => string;

/** A message: its British English words (`message`) and, where the kit wrote it, the words in any locale. */
export interface Said {
  /** In British English: what tests, logs and the `ik-error` event of an English widget read. */
  message: string;
  /** The message in a locale (the widget's); absent for words the kit cannot translate (an error's own). */
  say?: Words;
}

/**
 * A problem found in a widget's input: where it is (`path`, e.g. `rows[3].grades.lac`) and what is wrong.
 * Fetch problems use the path `src` and may carry the HTTP `status`.
 */
export interface Problem extends Said {
  /** Exact, for developers: `rows[3].grades.lac`, `CSV row 5, column "LAC"`, `src`, an attribute's name. */
  path: string;
  /** What is wrong and how to fix it, written to follow the place: `"3333" is not a rating…` (British English). */
  message: string;
  /**
   * The place as the editor sees it, from the labels they wrote (core/place.ts):
   * `Row "Overall effectiveness", column "Safeguarding"`. Absent when the path is already the editor's words.
   */
  where?: string;
  /** The place in a locale, where the kit wrote `where` itself (not from the data's labels alone). */
  sayWhere?: Words;
  status?: number;
}

/** A message the kit writes in every language: `said((l) => t(l, 'csv.cells', { count }))`. */
export function said(say: Words): Said {
  return { message: say(DEFAULT_LOCALE), say };
}

/** The message of `s` in `locale` (its British English when it has no other words). */
export function sayIn(s: Said, locale: string): string {
  return s.say ? s.say(locale) : s.message;
}

/** A reading's message and, where the kit wrote them, its words in any locale: spread into a problem. */
export function saidOf(s: Said): Said {
  return s.say ? { message: s.message, say: s.say } : { message: s.message };
}

/**
 * A place the kit words itself (not from the data's labels), in every language: `saidWhere((l) => t(l,
 * 'place.file', { url }))`, spread into a problem as `said` is for its message.
 */
export function saidWhere(say: Words): Pick<Problem, 'where' | 'sayWhere'> {
  return { where: say(DEFAULT_LOCALE), sayWhere: say };
}

/** The place of a problem with one of the tag's attributes, `The ref attribute`, in every language. */
export function attributeWhere(name: string): Pick<Problem, 'where' | 'sayWhere'> {
  return saidWhere((l) => t(l, 'place.attribute', { name }));
}

/**
 * A problem as a widget in `locale` shows it and hands it to `ik-error`: its message and place in that
 * language, plain data (the functions that write them left out).
 */
export function problemIn(p: Problem, locale: string): Problem {
  const { say, sayWhere, ...plain } = p;
  if (say) plain.message = say(locale);
  if (sayWhere) plain.where = sayWhere(locale);
  return plain;
}

/** Keys that are never read from data nor written into any object: they could reach `Object.prototype`. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `rows` + `grades` → `rows.grades`; keys that are not identifiers are bracketed: `grades["Q1 2010/11"]`. */
export function joinKey(path: string, key: string): string {
  if (IDENTIFIER.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

/** `rows` + 3 → `rows[3]`. */
export function joinIndex(path: string, index: number): string {
  return `${path}[${index}]`;
}

/** Characters that cannot be seen: zero-width spaces and joiners, direction marks and overrides, word joiners, the BOM. */
const INVISIBLE =
  // Marks that join the letter before (variation selectors, the Khmer inherent vowels) are listed one by one.
  /[\u00ad\u061c\u115f\u1160\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0]|\u034f|\u17b4|\u17b5|\u180b|\u180c|\u180d|\u180e|\u180f|\ufe00|\ufe01|\ufe02|\ufe03|\ufe04|\ufe05|\ufe06|\ufe07|\ufe08|\ufe09|\ufe0a|\ufe0b|\ufe0c|\ufe0d|\ufe0e|\ufe0f/g;
/** Right-to-left letters: a value holding them is isolated so that it cannot reorder the message around it. */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const CYRILLIC = /[\u0400-\u04ff]/g;
const GREEK = /[\u0370-\u03ff]/g;
const LATIN = /[A-Za-z]/;

/**
 * Text from data as a message shows it: what is really there. Invisible characters are shown by their code
 * (`⟨U+200B⟩`) and said to be deleted; letters of another alphabet among Latin ones (a Cyrillic "о" in "Gооd")
 * are named; right-to-left text is isolated (U+2068 … U+2069) so that it cannot reorder the message.
 */
function shown(text: string, max: number, locale: string): string {
  // Shortened to `max` characters with its quotes, which are kept whole.
  const cut = text.length > max - 2 ? `${text.slice(0, max - 3)}…` : text;
  const hidden = new Set<string>();
  let out = JSON.stringify(cut).replace(INVISIBLE, (c) => {
    const code = `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;
    hidden.add(code);
    return code;
  });
  if (RIGHT_TO_LEFT.test(cut)) out = `\u2068${out}\u2069`;
  const notes: string[] = [];
  if (hidden.size)
    notes.push(t(locale, 'problem.invisible', { count: hidden.size, codes: [...hidden].join(', ') }));
  if (LATIN.test(cut)) {
    for (const [key, letters] of [
      ['problem.cyrillic', cut.match(CYRILLIC)],
      ['problem.greek', cut.match(GREEK)],
    ] as const) {
      if (letters) notes.push(t(locale, key, { letters: [...new Set(letters)].join(' ') }));
    }
  }
  return notes.length ? `${out} (${notes.join('; ')})` : out;
}

/**
 * What an object given as data is, in words: a list or a group of named values, or, for what JSON cannot hold,
 * what it really is (`a Map`, `a date`, `an object made by a class (Report)`). Never throws (a Proxy may).
 */
function kindOfObject(value: object, locale: string): string {
  try {
    if (Array.isArray(value)) return t(locale, 'value.list');
    if (value instanceof Date) return t(locale, 'value.date');
    if (value instanceof Map) return t(locale, 'value.map');
    if (value instanceof Set) return t(locale, 'value.set');
    if (value instanceof RegExp) return t(locale, 'value.regExp');
    if (ArrayBuffer.isView(value)) return t(locale, 'value.binary');
    if (value instanceof Promise) return t(locale, 'value.promise');
    const proto = Object.getPrototypeOf(value);
    if (proto === null || proto === Object.prototype) return t(locale, 'value.group');
    const name = typeof proto.constructor === 'function' ? proto.constructor.name : '';
    return proto.constructor &&
      Object.hasOwn(proto, 'constructor') &&
      /^[A-Za-z_$][\w$]{0,40}$/.test(name) &&
      name !== 'Object'
      ? t(locale, 'value.classObject', { name })
      : t(locale, 'value.createdObject');
  } catch {
    return t(locale, 'value.unreadable');
  }
}

/** Quotes a value from data for a message, shortened so that a 5 KB label does not swamp the error panel. */
export function quote(value: unknown, max = 60, locale: string = DEFAULT_LOCALE): string {
  if (typeof value === 'string') return shown(value, max, locale);
  let text: string;
  if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
  // The editor's words for what they wrote, never a programmer's type name.
  else if (value === null || value === undefined) text = t(locale, 'value.empty');
  else if (typeof value === 'bigint') text = t(locale, 'value.bigint', { digits: `${value}n` });
  // What an object is: the kit's own words, never cut short.
  else if (typeof value === 'object') return kindOfObject(value, locale);
  else if (typeof value === 'function') text = t(locale, 'value.function');
  else if (typeof value === 'symbol') text = t(locale, 'value.symbol');
  else text = String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The word of `words` nearest to `typed`, when it is near enough to be a slip (one or two letters wrong, swapped,
 * missing or extra: "Adequte" → "Adequate"); `undefined` otherwise, or when two words are as near. Only said in a
 * message, never read as the word.
 */
export function closest(typed: string, words: readonly string[]): string | undefined {
  const a = normalise(typed);
  if (a.length < 3 || a.length > 40) return undefined;
  const limit = a.length <= 5 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tie = false;
  for (const word of words) {
    const d = distance(a, normalise(word), limit);
    if (d < bestDistance) {
      best = word;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && best !== undefined && normalise(best) !== normalise(word)) tie = true;
  }
  return bestDistance <= limit && !tie ? best : undefined;
}

/**
 * ` (did you mean "Adequate"?)` when `typed` is a slip for one of `words` (`closest`), else ''; `say` writes the
 * word as the message shows it (quoted by default).
 */
export function didYouMean(
  typed: unknown,
  words: readonly string[],
  say: (word: string) => string = (w) => JSON.stringify(w),
  locale: string = DEFAULT_LOCALE,
): string {
  const near = typeof typed === 'string' ? closest(typed, words) : undefined;
  return near === undefined ? '' : ` (${t(locale, 'problem.didYouMean', { word: say(near) })})`;
}

/** Edits (insert, delete, change, swap two neighbours) from `a` to `b`, or `limit + 1` once past `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      least = Math.min(least, d);
    }
    if (least > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** The most words a message names from one list (a vocabulary, the columns); past it, `…`. */
export const MAX_LISTED = 10;

/** Lists words for a message: `a, b or c`; past MAX_LISTED words (and two more), the first ten then `…`. */
export function listWords(
  words: readonly string[],
  last: 'and' | 'or' = 'or',
  locale: string = DEFAULT_LOCALE,
  kitWords = false,
): string {
  if (words.length > MAX_LISTED + 2)
    return `${words.slice(0, MAX_LISTED).join(', ')}, … (${t(locale, 'list.inAll', { count: words.length })})`;
  return listOf(locale, words, last, kitWords);
}

/**
 * Words the reader takes, listed for the editor to type (`red, amber or green`; a scale's grades; a setting's
 * values): as they are in British English, and quoted in any other language (`"red", "amber" neu "green"`), so
 * that a Welsh sentence shows which words are typed as they stand.
 */
export function wordsToType(
  words: readonly string[],
  last: 'and' | 'or' = 'or',
  locale: string = DEFAULT_LOCALE,
): string {
  return listWords(
    words.map((w) => wordToType(w, locale)),
    last,
    locale,
  );
}

/** One word the reader takes, for the editor to type: as it is in British English, quoted in any other language. */
export function wordToType(word: string, locale: string = DEFAULT_LOCALE): string {
  const english = locale === DEFAULT_LOCALE || locale.toLowerCase().startsWith('en');
  return english ? word : JSON.stringify(word);
}

/** The most problems a widget lists (and hands to ik-error). */
export const MAX_PROBLEMS = 1000;

/**
 * The first MAX_PROBLEMS problems, then one that says how many more there are: a file with a mistake in every
 * cell gives a readable list, not 30,000 lines.
 */
export function capProblems(problems: readonly Problem[], max = MAX_PROBLEMS): Problem[] {
  if (problems.length <= max) return [...problems];
  const rest = problems.length - max;
  return [
    ...problems.slice(0, max),
    { path: 'data', ...said((l) => t(l, 'problem.notListed', { count: rest })) },
  ];
}

/**
 * Remembers a pure function's answer per input for the length of one layout: a 152 × 24 grid holds a few
 * distinct grade spellings, read thousands of times.
 */
export function memo<K, V>(read: (key: K) => V): (key: K) => V {
  const seen = new Map<K, V>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined && !seen.has(key)) {
      value = read(key);
      seen.set(key, value);
    }
    return value as V;
  };
}

/**
 * Reports every id used a second time (`"overall" is already the id of "Overall effectiveness"`), naming the
 * first by its label when the entry gives one.
 */
export function checkDuplicateIds(
  entries: Iterable<{ id?: string | undefined; path: string; name?: string | undefined }>,
  problems: Problem[],
  key = 'id',
): void {
  const seen = new Map<string, string | undefined>();
  for (const { id, path, name } of entries) {
    if (id === undefined) continue;
    if (seen.has(id)) {
      const first = seen.get(id);
      problems.push({
        path: joinKey(path, key),
        ...said((l) =>
          t(l, 'problem.idTwice', {
            id: quote(id, 60, l),
            key,
            first: first === undefined ? t(l, 'problem.anEarlierOne') : quote(first, 60, l),
          }),
        ),
      });
    } else seen.set(id, name);
  }
}

/** A word or phrase from data as it is compared: trimmed, spaces collapsed, lower case. */
export function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
