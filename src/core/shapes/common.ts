/** Schema parts shared by the four shapes. */
import { t } from '../i18n/index.js';
import { PERIOD_FORMS, parsePeriod, serialDate } from '../periods.js';
import { joinKey, listWords, memo, type Problem, quote, said, saidOf } from '../problems.js';
import { INVALID, object, optional, type Schema, string, textPattern } from '../schema.js';

/** PERIOD_FORMS as a `pattern`: any case, space around ignored. */
const PERIOD_PATTERN = textPattern(PERIOD_FORMS);

/**
 * A period as docs/reference.md §6 accepts it (see periods.ts); kept as written, checked when read. In a date
 * field (`serial`), an Excel serial number (40268) is read as the date it stands for, written as an ISO date.
 */
export function period(
  description = 'A period: 2010-03-31, 31/03/2010, 7 January 2010, 2010-03, March 2010, Mar-10, 2009/10, Q1 2010/11, 2009 (any case).',
  opts: { serial?: boolean } = {},
): Schema<string> {
  const text = string();
  const schema: Schema<string> = {
    expected: (l) => t(l, 'shape.aPeriod'),
    description,
    accepts: text.accepts,
    read(value, path, ctx) {
      const serial = opts.serial ? serialDate(value) : undefined;
      if (serial !== undefined) return serial;
      const label = text.read(value, path, ctx);
      if (label === INVALID) return INVALID;
      const reading = parsePeriod(label);
      if (reading.ok) return label;
      ctx.problems.push({ path, ...saidOf(reading) });
      return INVALID;
    },
    toJson(defs) {
      if (!defs.has('period')) {
        defs.set('period', {
          // A number is read as text: only a year (2009) is a period.
          anyOf: [
            { type: 'string', pattern: PERIOD_PATTERN },
            { type: 'integer', minimum: 1000, maximum: 9999 },
          ],
          $comment:
            'The reader also checks that a date is real and that a financial year’s two years follow on.',
        });
      }
      if (!opts.serial) return { description, $ref: '#/$defs/period' };
      return {
        description,
        anyOf: [
          { $ref: '#/$defs/period' },
          {
            type: 'integer',
            minimum: 32874,
            maximum: 73050,
            description: 'An Excel serial date (1990 to 2100).',
          },
          { type: 'string', pattern: String.raw`^\s*\d{5}\s*$`, description: 'An Excel serial date.' },
        ],
      };
    },
  };
  return schema;
}

export const href = (): Schema<string> =>
  string({
    description:
      'A link: https, http or relative. Any other scheme (javascript:, data:) is shown as text, never linked.',
  });

export const note = (): Schema<string> =>
  string({ description: 'A note shown in a disclosure with the cell.' });

export const source = () =>
  object(
    {
      label: string({ description: 'Where the data comes from, e.g. "Ofsted, published 7 January 2010".' }),
      href: optional(href()),
    },
    { description: 'Where the data comes from.' },
  );

export const column = () =>
  object(
    {
      id: string({ description: 'The key used in each row.' }),
      label: string({ description: 'The column header.' }),
      date: optional(period('The date of the column (for compare): a date or period.')),
    },
    { description: 'A column.' },
  );

/** Reports keys of a map by column (a grid row's `grades`, a RAG row's `cells`) that name no column. */
export function checkColumnKeys(
  map: Readonly<Record<string, unknown>> | undefined,
  columnIds: ReadonlySet<string>,
  path: string,
  problems: Problem[],
): void {
  // Quoted once per map and locale, and at most ten of them (listWords): 10,000 columns make one short message.
  const ids = memo((l: string) =>
    listWords(
      [...columnIds].map((c, i) => (i < 13 ? quote(c, 60, l) : '')),
      'or',
      l,
    ),
  );
  for (const id of Object.keys(map ?? {})) {
    if (!columnIds.has(id)) {
      problems.push({
        path: joinKey(path, id),
        ...said((l) => t(l, 'shape.notColumnId', { value: quote(id, 60, l), ids: ids(l) })),
      });
    }
  }
}
