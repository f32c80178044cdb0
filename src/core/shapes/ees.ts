/**
 * An Explore Education Statistics (EES) file as a KPI's data (docs/reference.md §5.3): DfE's long format, one
 * row per area × period (× filter values), with `time_period`, `time_identifier`, `geographic_level`, the
 * area's name and code columns (`country_name`, `region_name`, `la_name`, `new_la_code`, …), filter columns,
 * then indicator columns. One file feeds many sparklines: each picks an area and an indicator column with its
 * `ref`, `ref="Leeds: rereferral_percent"` (the area by name or code, then the column), and, where the file
 * has filter columns with several values, the filter values after the column:
 * `ref="Leeds: overall_absence_percent, school_type = Total"`.
 *
 * Nothing is guessed: an area, an indicator, a filter or a value not in the file is a problem naming what is
 * there; several rows for one period (a filter not chosen) are a problem naming the filter and its values.
 */
import { cellAt, type FromSheet, headerIndex, place, type Sheet, type SheetRow } from '../csv.js';
import { t } from '../i18n/index.js';
import { eesPeriod } from '../periods.js';
import {
  attributeWhere,
  joinIndex,
  joinKey,
  listWords,
  normalise,
  type Problem,
  quote,
  said,
  saidOf,
  type Words,
} from '../problems.js';
import { readNumber } from '../schema.js';
import { readSymbol } from '../symbols.js';

/** The columns that name an area at each `geographic_level`: its name column first, then its codes. */
const LEVELS: Readonly<Record<string, readonly string[]>> = {
  national: ['country_name', 'country_code'],
  regional: ['region_name', 'region_code'],
  'local authority': ['la_name', 'new_la_code', 'old_la_code'],
  'local authority district': ['lad_name', 'lad_code'],
  'parliamentary constituency': ['pcon_name', 'pcon_code'],
  'local skills improvement plan area': ['lsip_name', 'lsip_code'],
  'local enterprise partnership': ['local_enterprise_partnership_name', 'local_enterprise_partnership_code'],
  'english devolved area': ['english_devolved_area_name', 'english_devolved_area_code'],
  'opportunity area': ['opportunity_area_name', 'opportunity_area_code'],
  ward: ['ward_name', 'ward_code'],
  'planning area': ['planning_area_name', 'planning_area_code'],
  mat: ['trust_name', 'trust_id'],
  sponsor: ['sponsor_name', 'sponsor_id'],
  school: ['school_name', 'school_urn', 'school_laestab'],
  provider: ['provider_name', 'provider_ukprn'],
  institution: ['institution_name', 'institution_id'],
};

/** A column's header as the kit compares it: case, spaces, `_` and `-` aside. */
const key = (text: string) => normalise(text).replace(/[\s_-]+/g, '');

/** Columns that are neither filters nor indicators: time, level and every area's name and code. */
const NOT_DATA = new Set(
  ['time_period', 'time_identifier', 'geographic_level', ...Object.values(LEVELS).flat()].map(key),
);

/** Whether a sheet is an EES data file: it has `time_period`, `time_identifier` and `geographic_level`. */
export function isEesSheet(sheet: Sheet): boolean {
  const has = headerIndex(sheet.header);
  return has('time_period') >= 0 && has('time_identifier') >= 0 && has('geographic_level') >= 0;
}

/** `Leeds: rereferral_percent, sex = Total` → area, column, filters; `undefined` parts are not given. */
interface Choice {
  area?: string;
  column?: string;
  filters: { column: string; value: string }[];
}

function readChoice(ref: string | undefined): Choice {
  if (ref === undefined || ref.trim() === '') return { filters: [] };
  const colon = ref.lastIndexOf(':');
  const area = colon < 0 ? undefined : ref.slice(0, colon).trim();
  const [column, ...rest] = ref.slice(colon + 1).split(',');
  const filters = rest.map((part) => {
    const eq = part.indexOf('=');
    return eq < 0
      ? { column: part.trim(), value: '' }
      : { column: part.slice(0, eq).trim(), value: part.slice(eq + 1).trim() };
  });
  return { ...(area ? { area } : {}), ...(column?.trim() ? { column: column.trim() } : {}), filters };
}

/** The file's words for a message in `l`, quoted: the first 20, then how many more. */
const quoted = (words: readonly string[], l: string, most = 20) =>
  `${listWords(
    words.slice(0, most).map((w) => quote(w, 60, l)),
    words.length > most ? 'and' : 'or',
    l,
  )}${words.length > most ? t(l, 'ees.andMore', { n: String(words.length - most) }) : ''}`;

/** A problem with the `ref` attribute (a sparkline's, here and in kpi.ts), in any locale. */
export const refProblem = (say: Words): Problem => ({
  path: 'ref',
  ...attributeWhere('ref'),
  ...said(say),
});

/**
 * The areas of an EES file's rows: for each row, its level and the text of that level's name and code columns
 * (the columns found once per level, as a file holds 20,000 rows).
 */
function areaReader(sheet: Sheet, levelCol: number): (row: SheetRow) => { level: string; names: string[] } {
  const has = headerIndex(sheet.header);
  const columns = new Map<string, number[]>();
  return (row) => {
    const level = cellAt(row, levelCol) ?? '';
    const k = normalise(level);
    let cols = columns.get(k);
    if (!cols) {
      cols = (LEVELS[k] ?? []).map((c) => has(c)).filter((i) => i >= 0);
      columns.set(k, cols);
    }
    const names = cols.flatMap((i) => {
      const text = cellAt(row, i);
      return text === undefined ? [] : [text];
    });
    return { level, names };
  };
}

/** A plain decimal, read at once; anything else goes through the kit's number reader. */
const PLAIN = /^-?\d+(?:\.\d+)?$/;

/**
 * Builds `{ kpis: [one indicator] }` from an EES file for the sparkline's `ref` (`Leeds: rereferral_percent`):
 * one point per period of that area, in time order, its value the cell as written (a number, or a symbol the
 * value's reader reports); the indicator's `ref` is the `ref` as given (the area and the column), with no title.
 */
export function kpisFromEes(sheet: Sheet, ref: string | undefined): FromSheet {
  const none = (problems: Problem[]): FromSheet => ({ value: { kpis: [] }, origins: new Map(), problems });
  const has = headerIndex(sheet.header);
  const periodCol = has('time_period');
  const idCol = has('time_identifier');
  const levelCol = has('geographic_level');
  const rows = sheet.rows.filter((r) => !r.heading);
  const data = sheet.header.flatMap((h, i) => (NOT_DATA.has(key(h)) ? [] : [i]));
  const isIndicator = (i: number) => {
    let numbers = 0;
    for (const r of rows) {
      const text = cellAt(r, i);
      if (text === undefined) continue;
      if (PLAIN.test(text) || readNumber(text) !== undefined) numbers++;
      // A symbol for a value not given (GSS shorthand, symbols.ts) keeps the column an indicator.
      else if (!readSymbol(text)) return false;
    }
    return numbers > 0;
  };
  const indicators = data.filter(isIndicator);
  const filterCols = data.filter((i) => !indicators.includes(i));
  const names = (cols: number[]) => cols.map((i) => sheet.header[i]!);

  // The areas in the file, by level, with their names and codes.
  const areaOf = areaReader(sheet, levelCol);
  const areas = new Map<string, { level: string; label: string; rows: SheetRow[]; names: Set<string> }>();
  for (const r of rows) {
    const { level, names: n } = areaOf(r);
    const label = n[0] ?? level;
    const k = `${normalise(level)}\u0000${normalise(label)}`;
    let area = areas.get(k);
    if (!area) {
      area = { level, label, rows: [], names: new Set() };
      areas.set(k, area);
    }
    area.rows.push(r);
    for (const name of n) area.names.add(normalise(name));
  }
  const areaLabels = [...new Set([...areas.values()].map((a) => a.label))];
  const example = `${areaLabels[0] ?? 'England'}: ${sheet.header[indicators[0] ?? 0] ?? 'value'}`;

  const choice = readChoice(ref);
  if (choice.column === undefined || (choice.area === undefined && areas.size !== 1))
    return none([
      refProblem((l) =>
        t(l, 'ees.chooseArea', {
          problem:
            ref === undefined || ref.trim() === ''
              ? t(l, 'ees.refNotSet')
              : t(l, 'ees.refNotAreaIndicator', { value: quote(ref, 60, l) }),
          example,
          areas: quoted(areaLabels, l),
          indicators: quoted(names(indicators), l),
        }),
      ),
    ]);

  // The indicator column.
  const columnIndex = sheet.header.findIndex((h) => key(h) === key(choice.column!));
  if (columnIndex < 0 || !indicators.includes(columnIndex)) {
    const typed = choice.column;
    return none([
      refProblem((l) =>
        t(l, columnIndex < 0 ? 'ees.notColumn' : 'ees.notIndicator', {
          value: quote(typed, 60, l),
          indicators: quoted(names(indicators), l),
        }),
      ),
    ]);
  }

  // The area: by its name or one of its codes, at its own level (a local authority row's region_name is not it).
  // With no area named, the file has only one (checked above).
  let area = [...areas.values()][0]!;
  if (choice.area !== undefined) {
    // `Cornwall (Local authority)`: a level written after the name, when it is one of the file's levels.
    const levels = new Set([...areas.values()].map((a) => normalise(a.level)));
    const lm = /^(.*?)\s*\(([^()]+)\)$/.exec(choice.area);
    const level = lm && levels.has(normalise(lm[2]!)) ? normalise(lm[2]!) : undefined;
    const want = normalise(level === undefined ? choice.area : lm![1]!);
    const found = [...areas.values()].filter(
      (a) => (level === undefined || normalise(a.level) === level) && a.names.has(want),
    );
    const typed = choice.area;
    if (found.length === 0)
      return none([
        refProblem((l) => t(l, 'ees.notArea', { value: quote(typed, 60, l), areas: quoted(areaLabels, l) })),
      ]);
    if (found.length > 1)
      return none([
        refProblem((l) =>
          t(l, 'ees.areaAtLevels', {
            value: quote(typed, 60, l),
            levels: listWords(
              found.map((a) => a.level),
              'and',
              l,
            ),
            example: `${typed} (${found[0]!.level}): ${choice.column}`,
          }),
        ),
      ]);
    area = found[0]!;
  }

  // Filters: the chosen values, then any filter column still holding several values is a problem.
  let chosen = area.rows;
  for (const f of choice.filters) {
    const col = filterCols.find((i) => key(sheet.header[i]!) === key(f.column));
    if (col === undefined) {
      const first = chosen[0]!;
      return none([
        refProblem((l) =>
          filterCols.length
            ? t(l, 'ees.notFilter', {
                value: quote(f.column, 60, l),
                filters: quoted(names(filterCols), l),
                filter: sheet.header[filterCols[0]!]!,
                sample: cellAt(first, filterCols[0]!) ?? 'Total',
              })
            : t(l, 'ees.noFilters', {
                value: quote(f.column, 60, l),
                text: `${f.column}${f.value ? ` = ${f.value}` : ''}`,
              }),
        ),
      ]);
    }
    const values = [...new Set(chosen.map((r) => cellAt(r, col) ?? ''))];
    const match = chosen.filter((r) => normalise(cellAt(r, col) ?? '') === normalise(f.value));
    if (match.length === 0) {
      const label = area.label;
      return none([
        refProblem((l) =>
          t(l, 'ees.notValue', {
            value: quote(f.value, 60, l),
            column: sheet.header[col]!,
            area: label,
            values: quoted(values, l),
          }),
        ),
      ]);
    }
    chosen = match;
  }
  for (const col of filterCols) {
    const values = [...new Set(chosen.map((r) => cellAt(r, col) ?? ''))];
    if (values.length > 1) {
      const pick = values.find((v) => normalise(v) === 'total') ?? values[0]!;
      const label = area.label;
      const column = sheet.header[col]!;
      return none([
        refProblem((l) =>
          t(l, 'ees.rowsDiffer', {
            area: label,
            column,
            values: quoted(values, l),
            example: `${ref!.trim()}, ${column} = ${pick}`,
          }),
        ),
      ]);
    }
  }

  // One point per period, in time order.
  const problems: Problem[] = [];
  const points: { start: number; row: SheetRow; point: Record<string, unknown> }[] = [];
  const seen = new Map<string, number>();
  for (const r of chosen) {
    const reading = eesPeriod(cellAt(r, periodCol) ?? '', cellAt(r, idCol) ?? '');
    if (!reading.ok) {
      problems.push({
        path: place(sheet, r.row, sheet.header[periodCol]),
        ...saidOf(reading),
      });
      continue;
    }
    const label = reading.period.label;
    const earlier = seen.get(label);
    if (earlier !== undefined) {
      const name = area.label;
      problems.push({
        path: place(sheet, r.row),
        ...said((l) => t(l, 'ees.secondRow', { area: name, period: label, first: String(earlier) })),
      });
      continue;
    }
    seen.set(label, r.row);
    // The cell as written: a number, or a symbol for a value not given, which the KPI's point reader reads as
    // an explained gap (symbols.ts), never as a number.
    const value = cellAt(r, columnIndex);
    points.push({ start: reading.period.start, row: r, point: { period: label, value: value ?? null } });
  }
  points.sort((a, b) => a.start - b.start);

  const column = sheet.header[columnIndex]!;
  const origins = new Map<string, string>([[joinIndex('kpis', 0), place(sheet, area.rows[0]!.row)]]);
  points.forEach((p, j) => {
    origins.set(joinIndex(joinKey(joinIndex('kpis', 0), 'series'), j), place(sheet, p.row.row, column));
  });
  const kpi: Record<string, unknown> = {
    ref: ref!.trim(),
    series: points.map((p) => p.point),
  };
  if (/(?:^|_)(?:percent|pc|pct|percentage)$/i.test(column)) kpi.unit = 'percent';
  return { value: { kpis: [kpi] }, origins, problems };
}
