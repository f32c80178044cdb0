/**
 * The shorthand UK official statistics write in place of a number, or after one (docs/reference.md §5.3, the
 * README's "Symbols and flags"). Pure functions, used by the KPI reader and by any reader of published tables.
 *
 * - A **symbol** stands where a value would be: `c` (confidential), `x` (not available), `z` (not applicable),
 *   `k` and `low` (a low figure that rounds to zero), `u` (low reliability), and the older `:` and `..` (not
 *   available). Any case; bracketed as the GSS guidance now writes them (`[c]`, `[low]`) or bare, as StatsWales
 *   and Explore Education Statistics files do. Each is an **explained gap**: never zero, never an error.
 * - A report's words for a value not yet published ("Full data unavailable at the time of report publication",
 *   as in the Leeds report of May 2010) are an explained gap too.
 * - A **flag** follows a number: `12.3p` or `12.3 [p]` (provisional), `45 [r]` (revised), `7e` or `7 [e]`
 *   (estimated); several may follow one number (`12.3 [p] [e]`).
 *
 * Sources: Government Statistical Service (Analysis Function), "Symbols in tables, definitions and help";
 * StatsWales, "Shorthand for labelling data values"; Explore Education Statistics, which takes the GSS symbols
 * written bare.
 */
import { t, wordOf } from './i18n/index.js';
import { readNumber, textPattern } from './schema.js';

/** What a symbol in place of a value means, as the table, the point and the sentence say it. */
export interface GapMeaning {
  /** As written, without brackets or surrounding space: `c`, `low`, `..`; a report's words as written. */
  symbol: string;
  /** `confidential`, `not available`, …: lower case, to sit inside a sentence. */
  meaning: string;
}

/** One symbol the kit reads, with its meaning and where it comes from (listed in the README). */
export interface SymbolEntry {
  symbol: string;
  meaning: string;
  source: string;
}

/** The symbols that stand in place of a value, with their meanings and sources. */
export const GAP_SYMBOLS: readonly SymbolEntry[] = [
  { symbol: 'c', meaning: 'confidential', source: 'GSS `[c]`; StatsWales; Explore Education Statistics' },
  { symbol: 'x', meaning: 'not available', source: 'GSS `[x]`; StatsWales; Explore Education Statistics' },
  { symbol: 'z', meaning: 'not applicable', source: 'GSS `[z]`; StatsWales; Explore Education Statistics' },
  { symbol: 'k', meaning: 'rounds to zero', source: 'StatsWales (a low figure shown as zero when rounded)' },
  { symbol: 'low', meaning: 'rounds to zero', source: 'GSS `[low]`; Explore Education Statistics' },
  { symbol: 'u', meaning: 'low reliability', source: 'GSS `[u]`; StatsWales; Explore Education Statistics' },
  { symbol: ':', meaning: 'not available', source: 'older UK tables; Eurostat' },
  { symbol: '..', meaning: 'not available', source: 'older GSS, ONS and StatsWales tables' },
];

/** The flags that follow a number. */
export type Flag = 'provisional' | 'revised' | 'estimated';

/** The flags with their letters and sources (listed in the README). */
export const FLAGS: readonly { letter: string; flag: Flag; source: string }[] = [
  { letter: 'p', flag: 'provisional', source: 'GSS `[p]`; StatsWales' },
  { letter: 'r', flag: 'revised', source: 'GSS `[r]`; StatsWales' },
  { letter: 'e', flag: 'estimated', source: 'GSS `[e]`; StatsWales' },
];

const BY_SYMBOL = new Map(GAP_SYMBOLS.map((s) => [s.symbol, s] as const));
const BY_LETTER = new Map(FLAGS.map((f) => [f.letter, f.flag] as const));

/** "Full data unavailable" and "… at the time of report publication", as the seed report writes it. */
const UNAVAILABLE_SOURCE = String.raw`full data unavailable(?: at the time of (?:the )?report publication)?\.?`;
const UNAVAILABLE_WORDS = new RegExp(`^${UNAVAILABLE_SOURCE.replace(/ /g, String.raw`\s+`)}$`, 'i');

/**
 * A symbol written in place of a value, with its meaning: `c`, `[c]`, `C` → `{ symbol: 'c', meaning:
 * 'confidential' }`; "Full data unavailable at the time of report publication" → the words as written, meaning
 * them. `undefined` for anything else (a number, an empty cell, other text).
 */
export function readSymbol(text: string): GapMeaning | undefined {
  const trimmed = text.trim();
  const bracketed = /^\[\s*([^[\]]*?)\s*\]$/.exec(trimmed);
  const bare = (bracketed ? bracketed[1]! : trimmed).toLowerCase();
  const entry = BY_SYMBOL.get(bare);
  if (entry) return { symbol: entry.symbol, meaning: entry.meaning };
  if (!bracketed && UNAVAILABLE_WORDS.test(trimmed)) {
    const words = trimmed.replace(/\s+/g, ' ').replace(/\.$/, '');
    return { symbol: words, meaning: `${words[0]!.toLowerCase()}${words.slice(1)}` };
  }
  return undefined;
}

/** Whether a gap is a report's words rather than a symbol: said alone, without "(c)" after its meaning. */
export function isWords(gap: GapMeaning): boolean {
  return gap.symbol.toLowerCase() === gap.meaning.toLowerCase();
}

/** A gap as a sentence says it: `confidential (c)`; a report's words as they are. */
/** A gap's meaning in a locale (`confidential`, `cyfrinachol`); words the data wrote stay as written. */
export function gapMeaning(gap: GapMeaning, locale?: string): string {
  return isWords(gap) ? gap.meaning : wordOf(locale, `gap.${gap.meaning}`, gap.meaning);
}

export function gapWords(gap: GapMeaning, locale?: string): string {
  return isWords(gap) ? gap.meaning : `${gapMeaning(gap, locale)} (${gap.symbol})`;
}

/** A gap as a table cell shows it: `c — confidential`; a report's words as written. */
export function gapCell(gap: GapMeaning, locale?: string): string {
  return isWords(gap) ? gap.symbol : `${gap.symbol} — ${gapMeaning(gap, locale)}`;
}

/** One or more flags at the end of a number: `p`, ` [r]`, ` e`, ` [p] [e]`, `p [r]` (any case; one letter each). */
const FLAG_RUN = /(?:\s*(?:\[\s*[pre]\s*\]|(?<![a-z])[pre](?![a-z])))+\s*$/i;

/**
 * Splits the flags off the end of a value: `12.3p` → `{ number: '12.3', flags: ['provisional'] }`, `45 [r]`
 * → `{ number: '45', flags: ['revised'] }`. The number part is returned as text, unread (a KPI in per cent
 * drops its `%` before reading it). `undefined` when the text ends in no flag, or holds only flags.
 */
export function splitFlags(text: string): { number: string; flags: Flag[] } | undefined {
  const m = FLAG_RUN.exec(text);
  if (!m) return undefined;
  const number = text.slice(0, m.index).trim();
  // A flag follows a number: the text before it ends in a digit, or a per cent sign after one.
  if (!/\d\s*%?$/.test(number)) return undefined;
  const letters = m[0].toLowerCase().replace(/[^pre]/g, '');
  const flags = FLAGS.filter((f) => letters.includes(f.letter)).map((f) => BY_LETTER.get(f.letter)!);
  return { number, flags };
}

/**
 * A number with the flags after it, as published tables write them: `12.3p` → `{ value: 12.3, flags:
 * ['provisional'] }`, `45 [r]` → revised, `7e` / `7 [e]` → estimated, `1,234 [p] [r]` → both; a plain number
 * → `{ value, flags: [] }`. The number is read by the kit's one rule (schema.ts `readNumber`). `undefined` for
 * anything else, a symbol included (see `readSymbol`).
 */
export function readFlaggedNumber(text: string): { value: number; flags: Flag[] } | undefined {
  const split = splitFlags(text);
  const value = readNumber(split ? split.number : text);
  if (value === undefined) return undefined;
  return { value, flags: split ? split.flags : [] };
}

/** How a point's flags are said after its value: ` (provisional)`, ` (provisional, estimated)`, or nothing. */
export function flagWords(
  flags: { provisional?: boolean; revised?: boolean; estimated?: boolean },
  locale?: string,
): string {
  const words = FLAGS.filter((f) => flags[f.flag] === true).map((f) => t(locale, `flag.${f.flag}`));
  return words.length ? ` (${words.join(', ')})` : '';
}

/** The symbols as a JSON Schema `pattern`: any case, bracketed or bare, space around; a report's words. */
export const SYMBOL_PATTERN = textPattern(
  String.raw`\[\s*(?:c|x|z|k|u|low|:|\.\.)\s*\]|c|x|z|k|u|low|:|\.\.|${UNAVAILABLE_SOURCE}`,
  { collapse: true },
);

/** Flags after a number, as a regular expression source for a `pattern` (one letter each, as read). */
export const FLAGS_SOURCE = String.raw`(?:\s*(?:\[\s*[pPrReE]\s*\]|[pPrReE](?=\s|\[|$)))+`;
