/**
 * A problem found in a widget's input: where it is (`path`, e.g. `rows[3].grades.lac`) and what is wrong.
 * Fetch problems use the path `src` and may carry the HTTP `status`.
 */
export interface Problem {
  path: string;
  message: string;
  status?: number;
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

/** Quotes a value from data for a message, shortened so that a 5 KB label does not swamp the error panel. */
export function quote(value: unknown, max = 60): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (typeof value === 'number' || typeof value === 'boolean' || value === null) text = String(value);
  else if (Array.isArray(value)) text = 'a list';
  else if (typeof value === 'object') text = 'an object';
  else text = String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Lists words for a message: `a, b or c`. */
export function listWords(words: readonly string[], last = 'or'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
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

/** Reports every id used a second time (`rows[4].id: "overall" is also the id of rows[0]`). */
export function checkDuplicateIds(
  entries: Iterable<{ id?: string | undefined; path: string }>,
  problems: Problem[],
  key = 'id',
): void {
  const seen = new Map<string, string>();
  for (const { id, path } of entries) {
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first !== undefined)
      problems.push({ path: joinKey(path, key), message: `${quote(id)} is also the ${key} of ${first}` });
    else seen.set(id, path);
  }
}

/** A word or phrase from data as it is compared: trimmed, spaces collapsed, lower case. */
export function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
