/** `select` (docs/reference.md §2.3): picking a part of a larger document by a dotted path. */
import {
  didYouMean,
  FORBIDDEN_KEYS,
  joinIndex,
  joinKey,
  listWords,
  type Problem,
  quote,
} from '../problems.js';
import { isPlainObject } from '../schema.js';

/**
 * What a widget picks from a document after `select` (the base's `pick`; the sparkline's `ref`): the part with
 * its path, and any problems found on the way; or the one problem that stops it.
 */
export type Picked =
  | { ok: true; value: unknown; path: string; problems?: Problem[] }
  | { ok: false; problem: Problem };

/**
 * Picks a part of a document by a dotted path of keys and array indexes (`inspection2010.rows.0`). Only own
 * keys are followed; `__proto__`, `constructor` and `prototype` never are.
 */
export function selectPath(
  doc: unknown,
  path: string,
): { ok: true; value: unknown; path: string } | { ok: false; problem: Problem } {
  let value = doc;
  let at = '';
  const steps = path.split('.').map((s) => s.trim());
  // The steps read so far, as the editor writes them in select: a suggestion is a whole select value.
  const written: string[] = [];
  const whole = (key: string) => quote([...written, key].join('.'));
  for (const step of steps) {
    if (step === '') continue;
    const fail = (message: string) => ({ ok: false as const, problem: { path: 'select', message } });
    if (FORBIDDEN_KEYS.has(step))
      return fail(
        `${quote(step)} is a name the kit never reads, to keep the page safe: check the select attribute`,
      );
    if (Array.isArray(value)) {
      if (!/^\d+$/.test(step) || Number(step) >= value.length) {
        return fail(
          `${at ? quote(written.join('.')) : 'the data'} holds ${value.length} ${value.length === 1 ? 'part' : 'parts'} numbered from 0, so there is no ${quote(step)}: use ${value.length === 1 ? '0' : `a number from 0 to ${value.length - 1}`}`,
        );
      }
      value = value[Number(step)];
      at = joinIndex(at, Number(step));
      written.push(step);
    } else if (isPlainObject(value)) {
      if (!Object.hasOwn(value, step)) {
        const keys = Object.keys(value);
        const shown = keys.slice(0, 12).map(whole);
        return fail(
          `there is no part ${quote(step)} in ${at ? quote(written.join('.')) : 'the data'}${didYouMean(step, keys, whole)}${
            shown.length
              ? `: use ${listWords(shown)}${keys.length > shown.length ? ' (or another of its parts)' : ''}`
              : ': check the file'
          }`,
        );
      }
      value = value[step];
      at = joinKey(at, step);
      written.push(step);
    } else {
      return fail(
        `${at ? quote(written.join('.')) : 'the data'} is ${quote(value)}, which has no parts: remove ${quote(step)} from select`,
      );
    }
  }
  return { ok: true, value, path: at };
}
