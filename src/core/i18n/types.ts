/**
 * The types of the message catalogue (docs/reference.md, Languages): an entry is a string with `{name}`
 * holes, or a plural: one string per `Intl.PluralRules` category, chosen by the `count` parameter.
 */

/** The plural categories of `Intl.PluralRules`; Welsh uses all six, English `one` and `other`. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/** A plural entry: `other` always, and each further category the language uses. */
export type Plural = { readonly other: string } & { readonly [C in PluralCategory]?: string };

/** Every category, as a Welsh plural entry must give. */
export type FullPlural = { readonly [C in PluralCategory]: string };

export type Entry = string | Plural;

/** The holes of a string: `'{count} of {total}'` → `'count' | 'total'`. */
export type Holes<S> = S extends `${string}{${infer P}}${infer R}`
  ? // Braces with a space in them are words (`{ }`, "a group in { }"), not a hole.
    (P extends `${string} ${string}` | '' ? never : P) | Holes<R>
  : never;

/** The holes of an entry; a plural's always include `count`. */
export type EntryHoles<E> = E extends string
  ? Holes<E>
  : 'count' | Holes<E extends Plural ? E[keyof E] & string : never>;

/** The Welsh of an area of the catalogue (areas/): every key of its English, every plural with all six categories. */
export type WelshOf<E> = { readonly [K in keyof E]: E[K] extends string ? string : FullPlural };
