/**
 * One parse per fetched file (docs/reference.md §2.2): every widget on the page that shows the same `src`
 * reads the same parsed document (a JSON value or a CSV sheet), parsed once when the first of them needs it.
 * The document is shared, so it is frozen, deeply: nothing a widget (or a listener of its events) does can
 * change what the other widgets read.
 */
import { parseCsv, type Sheet } from '../csv.js';
import type { Problem, Said } from '../problems.js';
import { jsonReadingNote } from './decode.js';
import type { Fetched } from './fetch.js';
import { parseJson } from './json.js';

/** A fetched file, parsed: a JSON document (with how it was read), a CSV sheet, or why it could not be read. */
export type ParsedFile =
  | { kind: 'doc'; value: unknown; notes?: readonly string[]; saidNotes?: readonly Said[] }
  | { kind: 'sheet'; sheet: Sheet }
  | { kind: 'problem'; problem: Problem };

/** How many times a fetched file was parsed since the page loaded (tests: once for any number of widgets). */
export const parseStats = { parsed: 0 };

/** Each fetched answer's parsed forms: as CSV and as JSON (widgets on one file may say `format` differently). */
const parsedOf = new WeakMap<Fetched, { csv?: ParsedFile; json?: ParsedFile }>();

/**
 * Freezes a value and everything reachable from it through own properties. Iterative, so that a deeply nested
 * document cannot overflow the stack; a part already frozen (met twice, or frozen before) is not walked again.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  const stack: object[] = [Object.freeze(value)];
  while (stack.length > 0) {
    const object = stack.pop() as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      const child = object[key];
      if (typeof child === 'object' && child !== null && !Object.isFrozen(child))
        stack.push(Object.freeze(child));
    }
  }
  return value;
}

function parse(fetched: Fetched, csv: boolean): ParsedFile {
  parseStats.parsed++;
  if (csv) return { kind: 'sheet', sheet: parseCsv(fetched.text, fetched.encoding) };
  const parsed = parseJson(fetched.text);
  if (!parsed.ok) return { kind: 'problem', problem: parsed.problem };
  const note = jsonReadingNote(fetched.encoding);
  return { kind: 'doc', value: parsed.value, ...(note ? { notes: [note.message], saidNotes: [note] } : {}) };
}

/**
 * The fetched file parsed as CSV (`csv`) or JSON: parsed on the first call for this answer, the same frozen
 * document on every later call.
 */
export function parseFetched(fetched: Fetched, csv: boolean): ParsedFile {
  let forms = parsedOf.get(fetched);
  if (!forms) {
    forms = {};
    parsedOf.set(fetched, forms);
  }
  const key = csv ? 'csv' : 'json';
  let parsed = forms[key];
  if (!parsed) {
    parsed = deepFreeze(parse(fetched, csv));
    forms[key] = parsed;
  }
  return parsed;
}
