/**
 * A table laid out for another widget (docs/reference.md §2.3): told by the columns only one widget's long
 * layout has, and refused with the widget it suits rather than read as grades or cells. Wide tables are any
 * widget's and are never refused here.
 */
import { headerIndex, place, type Sheet } from '../csv.js';
import { t } from '../i18n/index.js';
import { listWords, type Problem, said } from '../problems.js';
import { WIDGETS, type WidgetKind, widgetName } from './recognise.js';

/** The widget whose own table this header is, when only one widget's columns are there. */
export function sheetKind(header: readonly string[]): WidgetKind | undefined {
  const has = headerIndex(header);
  const found: WidgetKind[] = [];
  const long = has('row') >= 0 && has('column') >= 0;
  if (long && has('grade', 'judgement') >= 0) found.push('grid');
  if (long && has('status_or_rating', 'status', 'rating') >= 0) found.push('matrix');
  // A KPI's own columns, or an Explore Education Statistics file's (ees.ts).
  if ((has('period') >= 0 && has('value') >= 0) || (has('time_period') >= 0 && has('time_identifier') >= 0))
    found.push('kpi');
  if (has('title') >= 0 && has('due', 'timescale') >= 0) found.push('timeline');
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The problem with reading `sheet` for the widget `kind`, when its header is another widget's. Never when the
 * editor named the columns to read (the `columns` attribute, `named`): the table is then read wide, as they asked.
 */
export function wrongSheet(kind: WidgetKind, sheet: Sheet, named?: readonly string[]): Problem | undefined {
  if (named?.length) return undefined;
  const other = sheetKind(sheet.header);
  if (other === undefined || other === kind) return undefined;
  const shown = sheet.header.slice(0, 8);
  const more = sheet.header.length > shown.length;
  return {
    path: place(sheet, 1),
    ...said((l) =>
      t(l, 'sheet.otherWidget', {
        other: widgetName(other, l),
        columns: more ? `${shown.join(', ')}, …` : listWords(shown, 'and', l),
        widget: widgetName(kind, l),
        tag: WIDGETS[other].tag,
      }),
    ),
  };
}
