/**
 * Explore Education Statistics files as a KPI's data (docs/reference.md §5.3): one file, many sparklines, each
 * choosing its area and indicator column with `ref`. The fixture is a trimmed copy of DfE's published "Children
 * in need" referrals table (test/fixtures/README.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { parseCsv, relocate } from '../../src/core/csv.js';
import { readWith } from '../../src/core/schema.js';
import { kpiDocument, kpisFromSheet, pickRef } from '../../src/core/shapes/kpi.js';
import { wrongSheet } from '../../src/core/shapes/sheet-shape.js';

const root = join(import.meta.dirname, '..', '..');
const file = readFileSync(
  join(root, 'test/fixtures/ees/children-in-need-referrals-2013-to-2025.csv'),
  'utf8',
);
const sheet = parseCsv(file);

/** The indicator the sparkline gets for `ref`: its series as [period, value], and the problems in place. */
function read(ref: string | undefined, text = file) {
  const s = text === file ? sheet : parseCsv(text);
  const built = kpisFromSheet(s, ref);
  const doc = readWith(kpiDocument, built.value, '');
  const kpi = doc.value?.kpis[0];
  return {
    kpi,
    series: kpi?.series.map((p) => [p.period, p.value ?? null]),
    problems: [...built.problems, ...relocate(doc.problems, built.origins)].map(
      (p) => `${p.where ?? p.path}: ${p.message}`,
    ),
    built,
  };
}

const YEARS = [
  '2013',
  '2014',
  '2015',
  '2016',
  '2017',
  '2018',
  '2019',
  '2020',
  '2021',
  '2022',
  '2023',
  '2024',
  '2025',
];
const zip = (values: number[]) => YEARS.map((y, i) => [y, values[i]]);

describe('an Explore Education Statistics file as KPI data', () => {
  it('reads one area and indicator column from a real EES file, oldest period first', () => {
    const { kpi, series, problems } = read('Leeds: rereferral_percent');
    expect(problems).to.deep.equal([]);
    expect(series).to.deep.equal(
      zip([30.3, 23.6, 24.9, 25.2, 23.5, 24.9, 27.9, 27.1, 25.6, 23.7, 28, 24.2, 24.2]),
    );
    expect(kpi?.ref).to.equal('Leeds: rereferral_percent');
    expect(kpi?.title).to.equal(undefined);
    expect(kpi?.unit).to.equal('percent');
    // No polarity is guessed: the file does not say which way is better.
    expect(kpi?.polarity).to.equal(undefined);
  });

  it('is picked by the same ref, so many sparklines share one file', () => {
    const built = kpisFromSheet(sheet, ' leeds:  rereferral_percent ');
    const picked = pickRef(built.value, ' leeds:  rereferral_percent ', '');
    expect(picked.ok).to.equal(true);
    expect(read('England: referral_count').series?.at(-1)).to.deep.equal(['2025', 632830]);
  });

  it('finds an area by its name or code at its own level, never by a local authority row’s region', () => {
    expect(read('E08000035: rereferral_percent').series).to.deep.equal(
      read('Leeds: rereferral_percent').series,
    );
    expect(read('383: rereferral_percent').series).to.deep.equal(read('Leeds: rereferral_percent').series);
    expect(read('E92000001: rereferral_percent').series).to.deep.equal(
      zip([24.7, 23.5, 24.2, 22.5, 21.9, 21.9, 22.6, 22.6, 22.7, 21.5, 22.4, 22.4, 22.6]),
    );
    // The regional rows only, though every Leeds row also says Yorkshire and The Humber.
    expect(read('yorkshire and the humber: rereferral_percent').series).to.deep.equal(
      zip([25.7, 25.6, 28.6, 30.4, 21.5, 22.9, 24.6, 23.8, 22.6, 20.4, 22.1, 21.7, 21.7]),
    );
    // A name with a comma, as ONS writes it.
    expect(read('Kingston upon Hull, City of: referral_count').problems).to.deep.equal([]);
  });

  it('reads a suppression symbol as an explained gap, never as a number and never as an error', () => {
    const { kpi, series, problems } = read('Hackney: rereferral_percent');
    expect(series?.find(([p]) => p === '2021')).to.deep.equal(['2021', null]);
    expect(kpi?.series.find((p) => p.period === '2021')?.gap).to.deep.equal({
      symbol: 'x',
      meaning: 'not available',
    });
    expect(problems).to.deep.equal([]);
  });

  it('names the areas in the file when the area is not in it', () => {
    expect(read('Leds: rereferral_percent').problems).to.deep.equal([
      'The ref attribute: "Leds" is not an area in the file: use one of its areas, by name or code: "England", "North East", "Yorkshire and The Humber", "Hartlepool", "North Tyneside", "South Tyneside", "Sunderland", "Kingston upon Hull, City of", "Leeds", "Derby" or "Hackney"',
    ]);
  });

  it('names the indicator columns when the column is not one', () => {
    const columns =
      '"referral_count", "rereferral_count", "rereferral_percent", "no_further_action_count", "no_further_action_percent", "not_in_need_count", "not_in_need_percent", "referral_child_count", "rereferral_child_count" or "rereferral_child_percent"';
    expect(read('Leeds: rereferal_percent').problems).to.deep.equal([
      `The ref attribute: "rereferal_percent" is not a column of the file: use one of its indicator columns, ${columns}`,
    ]);
    expect(read('Leeds: category').problems).to.deep.equal([
      `The ref attribute: "category" is not an indicator column (it holds words, not numbers): use one of its indicator columns, ${columns}`,
    ]);
  });

  it('asks for an area and an indicator when ref is not set or names only one', () => {
    const [unset] = read(undefined).problems;
    expect(unset).to.match(
      /^The ref attribute: is not set: this is an Explore Education Statistics file, so choose its area and indicator column, such as ref="England: referral_count" \(its areas are "England", /,
    );
    expect(read('rereferral_percent').problems[0]).to.contain(
      '"rereferral_percent" does not name an area and an indicator',
    );
  });
});

describe('EES filters and periods', () => {
  const absence = [
    'time_period,time_identifier,geographic_level,country_code,country_name,school_type,sex,sess_overall_percent',
    '202324,Academic year,National,E92000001,England,Total,Total,7.1',
    '202324,Academic year,National,E92000001,England,Total,Boys,7.2',
    '202324,Academic year,National,E92000001,England,Total,Girls,7.0',
    '202223,Academic year,National,E92000001,England,Total,Total,7.4',
    '202223,Academic year,National,E92000001,England,Total,Boys,7.5',
    '202223,Academic year,National,E92000001,England,Total,Girls,7.3',
  ].join('\n');

  it('reads academic year codes as academic years', () => {
    expect(read('England: sess_overall_percent, sex = Total', absence).series).to.deep.equal([
      ['2022/23 academic year', 7.4],
      ['2023/24 academic year', 7.1],
    ]);
  });

  it('asks which value of a filter column to use when the rows differ in it', () => {
    expect(read('England: sess_overall_percent', absence).problems).to.deep.equal([
      'The ref attribute: picks rows for England that differ in sex ("Total", "Boys" or "Girls"): choose one after the column, such as ref="England: sess_overall_percent, sex = Total"',
    ]);
    expect(read('England: sess_overall_percent, sex = boys', absence).series?.[1]).to.deep.equal([
      '2023/24 academic year',
      7.2,
    ]);
  });

  it('names the filter columns and values there are when one chosen is not', () => {
    expect(read('England: sess_overall_percent, gender = Total', absence).problems).to.deep.equal([
      'The ref attribute: "gender" is not a filter column of the file: use one of "school_type" or "sex", such as school_type = Total',
    ]);
    expect(read('England: sess_overall_percent, sex = All', absence).problems).to.deep.equal([
      'The ref attribute: "All" is not a value of sex for England: use one of "Total", "Boys" or "Girls"',
    ]);
  });

  it('reports a period code it cannot read at its cell, and reads the rest', () => {
    const text = [
      'time_period,time_identifier,geographic_level,country_code,country_name,pupils',
      '2024,Academic year,National,E92000001,England,10',
      '202425,Academic year,National,E92000001,England,12',
    ].join('\n');
    const { series, problems } = read('England: pupils', text);
    expect(series).to.deep.equal([['2024/25 academic year', 12]]);
    expect(problems).to.deep.equal([
      'CSV row 2, column "time_period": time_period "2024" is not an academic year code: write six digits, such as 202425 for 2024/25',
    ]);
  });

  it('reports a second row for the same area and period', () => {
    const text = [
      'time_period,time_identifier,geographic_level,country_code,country_name,pupils',
      '2024,Calendar year,National,E92000001,England,10',
      '2024,Calendar year,National,E92000001,England,11',
    ].join('\n');
    expect(read('England: pupils', text).problems).to.deep.equal([
      'CSV row 3: is a second row for England in 2024 (the first is row 2): remove one of them',
    ]);
  });

  it('tells apart an area named at two levels by the level written after it', () => {
    const text = [
      'time_period,time_identifier,geographic_level,country_code,country_name,la_name,new_la_code,lad_name,lad_code,pupils',
      '2024,Calendar year,Local authority,E92000001,England,Cornwall,E06000052,,,10',
      '2024,Calendar year,Local authority district,E92000001,England,Cornwall,E06000052,Cornwall,E06000052,11',
    ].join('\n');
    expect(read('Cornwall: pupils', text).problems).to.deep.equal([
      'The ref attribute: "Cornwall" is an area at more than one geographic_level (Local authority and Local authority district): write its level after it, such as ref="Cornwall (Local authority): pupils"',
    ]);
    expect(read('Cornwall (local authority district): pupils', text).series).to.deep.equal([['2024', 11]]);
    expect(read('E06000052 (Local authority): pupils', text).series).to.deep.equal([['2024', 10]]);
    expect(read('Cornwall (Ward): pupils', text).problems[0]).to.equal(
      'The ref attribute: "Cornwall (Ward)" is not an area in the file: use one of its areas, by name or code: "Cornwall"',
    );
  });

  it('is refused by the other widgets, naming the sparkline', () => {
    expect(wrongSheet('grid', sheet)?.message).to.equal(
      'looks like a table for a KPI sparkline (its columns are time_period, time_identifier, geographic_level, country_code, country_name, region_code, region_name, old_la_code, …), not a judgement grid: use <ik-kpi-sparkline> for it',
    );
    expect(wrongSheet('kpi', sheet)).to.equal(undefined);
  });
});
