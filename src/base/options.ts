/**
 * A widget's attributes, read like data: each one is declared once with the schema language (core/schema.ts)
 * that reads the data, a default, and the stage of the pipeline it invalidates. A wrong value is a problem
 * named by its attribute (`The variant attribute: "cards" is not a word this takes … Until then, the default,
 * inline, is used`), shown
 * in the widget like any other problem, and the widget uses the default.
 */
import { t } from '../core/i18n/index.js';
import { attributeWhere, type Problem, said, sayIn, type Words } from '../core/problems.js';
import { INVALID, type ReadContext, readContext, readNumber, type Schema } from '../core/schema.js';

/**
 * The stages of a widget's pipeline, first to last. A change invalidates its own stage and every later one:
 * `load` fetches or parses again, `read` picks and validates the data again (`select`, `ref`, `columns`),
 * `layout` builds the model again, `view` works out what is shown of it (filters, collapsed rows, the part
 * drawn so far).
 */
export const STAGES = ['load', 'read', 'layout', 'view'] as const;
export type Stage = (typeof STAGES)[number];

/** The earlier of two stages (`undefined` is "nothing to do"). */
export function earlier(a: Stage | undefined, b: Stage | undefined): Stage | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return STAGES.indexOf(a) <= STAGES.indexOf(b) ? a : b;
}

export interface OptionSpec<T> {
  /** The attribute, as an editor writes it (`group-by`). */
  readonly attribute: string;
  readonly schema: Schema<T>;
  /** Used when the attribute is absent, empty or not valid. */
  readonly fallback: T;
  readonly stage: Stage;
  /** What the widget does instead of a value that is not valid, when the default does not say it well. */
  readonly instead?: Words;
}

/** Option specs, keyed by the element's property name. */
export type OptionSpecs = { readonly [property: string]: OptionSpec<unknown> };

/** The typed options object a set of specs reads to. */
export type OptionsOf<S extends OptionSpecs> = { -readonly [K in keyof S]: S[K]['fallback'] };

export function option<T>(
  attribute: string,
  schema: Schema<T>,
  fallback: T,
  stage: Stage,
  instead?: Words,
): OptionSpec<T> {
  return instead === undefined
    ? { attribute, schema, fallback, stage }
    : { attribute, schema, fallback, stage, instead };
}

function fallbackWords(fallback: unknown, locale: string): string {
  if (fallback === undefined) return t(locale, 'option.ignored');
  if (typeof fallback === 'boolean') return t(locale, fallback ? 'option.on' : 'option.off');
  return t(locale, 'option.default', { value: String(fallback) });
}

/**
 * Reads each option from the element's property of the same name. An absent or blank attribute, or the
 * property's own default, gives the default quietly; a value the schema refuses gives the default and a problem whose path is the attribute.
 */
export function readOptions<S extends OptionSpecs>(
  specs: S,
  host: object,
): { options: OptionsOf<S>; problems: Problem[] } {
  const options: Record<string, unknown> = {};
  const problems: Problem[] = [];
  const source = host as Record<string, unknown>;
  for (const [key, spec] of Object.entries(specs)) {
    const raw = source[key];
    if (
      raw === undefined ||
      raw === null ||
      raw === spec.fallback ||
      (typeof raw === 'string' && raw.trim() === '')
    ) {
      options[key] = spec.fallback;
      continue;
    }
    const ctx: ReadContext = readContext();
    const value = spec.schema.read(raw, spec.attribute, ctx);
    if (value === INVALID) {
      for (const p of ctx.problems) {
        problems.push({
          path: p.path,
          ...attributeWhere(spec.attribute),
          ...said((l) =>
            t(l, 'option.untilThen', {
              problem: sayIn(p, l),
              instead: spec.instead ? spec.instead(l) : fallbackWords(spec.fallback, l),
            }),
          ),
        });
      }
      options[key] = spec.fallback;
    } else options[key] = value;
  }
  return { options: options as OptionsOf<S>, problems };
}

/** A heading level, as `aria-level` takes it. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

const LEVELS = [1, 2, 3, 4, 5, 6] as const;

/** A heading level from 1 to 6 (`"2"` or `2`). */
export function headingLevel(): Schema<HeadingLevel> {
  const level = (value: unknown) => LEVELS.find((l) => l === readNumber(value));
  return {
    expected: (l) => t(l, 'option.headingLevel'),
    accepts: (v) => level(v) !== undefined,
    read(value, path, ctx) {
      const found = level(value);
      if (found !== undefined) return found;
      const shown = JSON.stringify(String(value).slice(0, 40));
      ctx.problems.push({ path, ...said((l) => t(l, 'option.notHeadingLevel', { value: shown })) });
      return INVALID;
    },
    toJson() {
      return { oneOf: [{ enum: [...LEVELS] }, { enum: LEVELS.map(String) }] };
    },
  };
}
