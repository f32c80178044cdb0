/**
 * The `export` attribute: which downloads a widget offers. `none` hides the Download control; a list
 * (`csv png`, spaces or commas between) offers those alone. Absent, every kind is offered: editors publishing
 * a chart are asked to offer its data (GOV.UK, NICE), and a page that wants none says so.
 */
import { t } from '../i18n/index.js';
import { didYouMean, listWords, quote, said } from '../problems.js';
import { INVALID, type Schema } from '../schema.js';

export const EXPORT_KINDS = ['csv', 'xlsx', 'svg', 'png'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

const WORDS: readonly string[] = [...EXPORT_KINDS, 'none'];

/** `none`, or a list of `csv xlsx svg png`; a word outside them is a problem naming the words it takes. */
export function exportAttribute(): Schema<readonly ExportKind[]> {
  const words = (value: unknown) =>
    String(value)
      .toLowerCase()
      .split(/[\s,]+/)
      .filter(Boolean);
  const wrong = (value: unknown) => {
    const list = words(value);
    return list.find((w) => !WORDS.includes(w) || (w === 'none' && list.length > 1));
  };
  return {
    expected: (l) => t(l, 'export.expected', { kinds: listWords(EXPORT_KINDS, 'and', l) }),
    accepts: (v) => typeof v === 'string' && wrong(v) === undefined,
    read(value, path, ctx) {
      const bad = wrong(value);
      if (bad === undefined) return words(value).filter((w): w is ExportKind => w !== 'none');
      ctx.problems.push({
        path,
        ...said((l) => {
          const kinds = listWords(EXPORT_KINDS, 'and', l);
          return bad === 'none'
            ? t(l, 'export.noneWithOthers', { kinds })
            : t(l, 'export.notKind', {
                value: quote(bad, 60, l),
                guess: didYouMean(bad, WORDS, undefined, l),
                kinds,
              });
        }),
      });
      return INVALID;
    },
    toJson() {
      return { type: 'string', pattern: '^\\s*(none|((csv|xlsx|svg|png)[\\s,]*)+)\\s*$' };
    },
  };
}
