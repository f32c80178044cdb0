/**
 * A problem list (or any value) as plain data: the functions that write a problem's words in other languages
 * (`say`, `sayWhere`: core/problems.ts) left out, as `problemIn` leaves them out of `ik-error`. For comparing
 * problems with `deep.equal`; the words themselves are tested through `problemIn(p, 'cy')`.
 */
export function plain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(plain) as T;
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype)
    return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (typeof v !== 'function') out[k] = plain(v);
  return out as T;
}
