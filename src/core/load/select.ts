/** `select` (docs/reference.md §2.3): picking a part of a larger document by a dotted path. */
import { t } from '../i18n/index.js';
import {
  didYouMean,
  FORBIDDEN_KEYS,
  joinIndex,
  joinKey,
  listWords,
  type Problem,
  quote,
  said,
  type Words,
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
  const whole = (key: string, l?: string) => quote([...written, key].join('.'), 60, l);
  for (const step of steps) {
    if (step === '') continue;
    const fail = (say: Words) => ({ ok: false as const, problem: { path: 'select', ...said(say) } });
    // Where the step was looked for: the part read so far, or the whole data.
    const read = at ? written.join('.') : undefined;
    const inPart = (l: string) => (read === undefined ? t(l, 'select.theData') : quote(read, 60, l));
    if (FORBIDDEN_KEYS.has(step)) return fail((l) => t(l, 'select.forbidden', { step: quote(step, 60, l) }));
    if (Array.isArray(value)) {
      if (!/^\d+$/.test(step) || Number(step) >= value.length) {
        const length = value.length;
        return fail((l) =>
          t(l, 'select.noIndex', {
            count: length,
            at: inPart(l),
            length: String(length),
            step: quote(step, 60, l),
            last: String(length - 1),
          }),
        );
      }
      value = value[Number(step)];
      at = joinIndex(at, Number(step));
      written.push(step);
    } else if (isPlainObject(value)) {
      if (!Object.hasOwn(value, step)) {
        const keys = Object.keys(value);
        const shown = keys.slice(0, 12);
        return fail((l) => {
          const parts = listWords(
            shown.map((k) => whole(k, l)),
            'or',
            l,
          );
          return t(l, 'select.noPart', {
            step: quote(step, 60, l),
            at: inPart(l),
            guess: didYouMean(step, keys, (k) => whole(k, l), l),
            fix: shown.length
              ? t(l, keys.length > shown.length ? 'select.useMore' : 'select.use', { parts })
              : t(l, 'select.checkFile'),
          });
        });
      }
      value = value[step];
      at = joinKey(at, step);
      written.push(step);
    } else {
      const part = value;
      return fail((l) =>
        t(l, 'select.noParts', { at: inPart(l), value: quote(part, 60, l), step: quote(step, 60, l) }),
      );
    }
  }
  return { ok: true, value, path: at };
}
