/**
 * The deadline timeline's data (docs/reference.md §5.4): one definition for its type, reader, schema and CSV
 * form.
 */
import { cellAt, type FromSheet, headerList, place, type Sheet } from '../csv.js';
import { t } from '../i18n/index.js';
import { joinIndex, said } from '../problems.js';
import {
  array,
  boolean,
  checkedAfterRead,
  type Infer,
  object,
  optional,
  string,
  textPattern,
  wordMap,
} from '../schema.js';
import { type ActionStatus, TIMESCALE_FORMS } from '../timescales.js';
import { href, note, period, source } from './common.js';
import { type Aliases, findColumns } from './header-aliases.js';
import { wrongSheet } from './sheet-shape.js';

/** Status words as boards write them, read as the kit's three (docs/reference.md §5.4). */
export const ACTION_STATUS_WORDS: Readonly<Record<string, ActionStatus>> = {
  'not started': 'not started',
  'in progress': 'in progress',
  ongoing: 'in progress',
  started: 'in progress',
  done: 'done',
  complete: 'done',
  completed: 'done',
};

/** The timescales `dueFromTimescale` counts, as a `pattern`. */
const TIMESCALE_PATTERN = textPattern(TIMESCALE_FORMS);

const actionFields = object(
  {
    id: optional(string()),
    theme: optional(string({ description: 'Lane when grouped by theme.' })),
    title: string(),
    timescale: optional(
      string({
        description:
          '"Immediately", "Within N days|weeks|months|working days" (N in digits or words one to twelve), or "by <date>" ("by the end of March 2024"), counted from `published`; or "Ongoing" / "Continuous", or "by the next inspection", with no due date.',
      }),
    ),
    due: optional(
      period(
        'The due date; a period means its last day. Overrides `timescale`. An Excel serial date (40268) is read as the date.',
        { serial: true },
      ),
    ),
    owner: optional(string()),
    status: optional(wordMap(ACTION_STATUS_WORDS, { description: 'not started, in progress or done.' })),
    completed: optional(period('When it was done (with status done).', { serial: true })),
    milestone: optional(
      boolean({
        description:
          'A dated event rather than an action. In a CSV or pasted table: true, yes, y or 1; a blank is no.',
      }),
    ),
    note: optional(note()),
    href: optional(href()),
  },
  { description: 'An action (or milestone) with a due date.' },
);

// The timeline places an action by its `due`, or else by its timescale, which must then be one it can count.
export const action = checkedAfterRead(actionFields, (base) => ({
  ...base,
  anyOf: [
    { required: ['due'], properties: { due: true } },
    { required: ['timescale'], properties: { timescale: { type: 'string', pattern: TIMESCALE_PATTERN } } },
  ],
  $comment:
    'An "Immediately" or "Within …" timescale also needs the document’s `published` date ("Within … of the inspection": its `inspected` or `published` date).',
}));

export const timeline = object(
  {
    title: optional(string()),
    source: optional(source()),
    published: optional(period('The publication date that timescales count from.', { serial: true })),
    inspected: optional(
      period(
        'The inspection date (its last day) that timescales "of the inspection" count from ("Within 70 working days of the inspection"); without it they count from `published`, and the due date says so.',
        { serial: true },
      ),
    ),
    asOf: optional(period('The day statuses are judged on (default: today).', { serial: true })),
    actions: array(action),
  },
  { description: 'Actions against their due dates (Inspection Kit, <ik-deadline-timeline>).' },
);

export type TimelineData = Infer<typeof timeline>;
export type ActionData = Infer<typeof action>;

export function isTimelineEmpty(data: TimelineData): boolean {
  return data.actions.length === 0;
}

/**
 * The timeline's columns, with the headers board papers and action plans give them (header-aliases.ts): an
 * alias is read only where the column's own header is absent.
 */
const TIMELINE_COLUMNS: Aliases<
  | 'id'
  | 'theme'
  | 'title'
  | 'timescale'
  | 'due'
  | 'owner'
  | 'status'
  | 'completed'
  | 'milestone'
  | 'note'
  | 'href'
> = {
  id: { also: [] },
  theme: { also: ['Area'] },
  title: { say: 'alias.title', also: ['Action', 'Recommendation', 'Area for improvement'] },
  timescale: { also: [] },
  due: { say: 'alias.due', also: ['Due date', 'Deadline', 'Target date'] },
  owner: { say: 'alias.owner', also: ['Lead', 'Responsible officer', 'Officer'] },
  status: { also: [] },
  completed: { say: 'alias.completed', also: ['Date completed', 'Completed on'] },
  milestone: { also: [] },
  note: { also: [] },
  href: { also: [] },
};

/** Builds the timeline from a sheet: `id,theme,title,timescale,due,owner,status,completed` (+ `milestone`, `note`). */
export function timelineFromSheet(sheet: Sheet): FromSheet {
  const wrong = wrongSheet('timeline', sheet);
  if (wrong) return { value: { actions: [] }, origins: new Map(), problems: [wrong] };
  const found = findColumns(sheet, TIMELINE_COLUMNS);
  const cols = Object.entries<number>(found.index).filter(([, i]) => i >= 0);
  if (found.index.title < 0) {
    return {
      value: { actions: [] },
      origins: new Map(),
      problems: found.ambiguous.has('title')
        ? found.problems
        : [
            ...found.problems,
            {
              path: place(sheet, 1),
              ...said((l) => t(l, 'timeline.noTitle', { headers: headerList(sheet.header, l) })),
            },
          ],
    };
  }
  const origins = new Map<string, string>();
  const hasTheme = found.index.theme >= 0;
  // A pasted table's heading row (one cell across the table) is the theme of the actions after it.
  const actions = sheet.rows
    .filter((r) => !r.heading)
    .map((r, i) => {
      origins.set(joinIndex('actions', i), place(sheet, r.row));
      const out: Record<string, unknown> = {};
      if (!hasTheme && r.group !== undefined) out.theme = r.group;
      for (const [field, index] of cols) {
        const text = cellAt(r, index);
        if (text !== undefined) out[field] = text;
      }
      return out;
    });
  return { value: { actions }, origins, problems: found.problems };
}
