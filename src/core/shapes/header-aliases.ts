/**
 * Column headers as board papers and council trackers title them (docs/reference.md §5.3, §5.4): where a
 * field's own header (`title`, `due`, …) is not in the table, one other header may stand for it ("Action",
 * "Due date"). Never a guess between two: when the own header is there it is read, and any alias beside it is
 * left alone; when two aliases of one field are there and the own header is not, neither is read and the
 * problem names both.
 */
import { headerIndex, place, type Sheet } from '../csv.js';
import type { EN } from '../i18n/areas/shapes.js';
import { t } from '../i18n/index.js';
import { listWords, type Problem, said } from '../problems.js';

/** A field in words, as a message names it (`alias.due`: "due date"). */
type FieldWords = Exclude<Extract<keyof typeof EN, `alias.${string}`>, 'alias.ambiguous'>;

/**
 * Each field's other headers (`also`), matched in any case with spaces, `_` or `-` alike (as `headerIndex`
 * does), and, for a field with two or more (which may then both be in a table), the field in words for
 * messages (`say`: "due date").
 */
export type Aliases<F extends string> = Readonly<Record<F, { say?: FieldWords; also: readonly string[] }>>;

export interface FoundColumns<F extends string> {
  /** Each field's column in the header, or -1. */
  index: Record<F, number>;
  /** The fields whose aliases were two or more, with none of them read. */
  ambiguous: Set<F>;
  problems: Problem[];
}

/** Finds each field's column by its own header, else by its one alias in the header. */
export function findColumns<F extends string>(sheet: Sheet, aliases: Aliases<F>): FoundColumns<F> {
  const find = headerIndex(sheet.header);
  const index = {} as Record<F, number>;
  const ambiguous = new Set<F>();
  const problems: Problem[] = [];
  for (const field of Object.keys(aliases) as F[]) {
    index[field] = find(field);
    if (index[field] >= 0) continue;
    // In the table's order, as the editor sees the columns.
    const found = [...new Set(aliases[field].also.map((a) => find(a)).filter((i) => i >= 0))].sort(
      (a, b) => a - b,
    );
    if (found.length === 1) index[field] = found[0]!;
    else if (found.length > 1) {
      ambiguous.add(field);
      const names = found.map((i) => `"${sheet.header[i]}"`);
      const { say } = aliases[field];
      problems.push({
        path: place(sheet, 1),
        ...said((l) =>
          t(l, 'alias.ambiguous', {
            names: listWords(names, 'and', l),
            field: say ? t(l, say) : field,
            own: field,
          }),
        ),
      });
    }
  }
  return { index, ambiguous, problems };
}
