/**
 * `"76.5%"` in a KPI (docs/reference.md §5.3): one rule for JSON and CSV, read by one piece of code
 * (kpi.ts `readPercentAsWritten`): accepted in a KPI whose unit is per cent, refused elsewhere with the number
 * to write. The JSON Schema the kit ships (generated from the same definitions) says the same.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { expect } from 'chai';
import { parseCsv, relocate } from '../../src/core/csv.js';
import { readWith } from '../../src/core/schema.js';
import { JSON_SCHEMAS } from '../../src/core/schemas.js';
import { kpi, kpiDocument, kpisFromSheet } from '../../src/core/shapes/kpi.js';
import { plain } from '../setup/plain.js';

const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
for (const schema of Object.values(JSON_SCHEMAS)) ajv.addSchema(schema);
const schemaTakes = (file: 'kpi.json' | 'kpis.json', value: unknown): boolean => {
  const validate = ajv.getSchema(String(JSON_SCHEMAS[file]!.$id));
  if (!validate) throw new Error(`${file} is not compiled`);
  return validate(value) === true;
};

const FIX =
  '"76.5%" has a per cent sign: write the number alone, 76.5 (a KPI in per cent says "unit": "percent")';

/** An indicator with `76.5%` (or `5%`) in each place a per cent KPI takes it. */
const everywhere = (unit: unknown): Record<string, unknown> => ({
  ref: 'NI 59',
  ...(unit === undefined ? {} : { unit }),
  target: '80%',
  baseline: { period: '2008/09', value: '79.9 %' },
  tolerance: '5%',
  range: ['70%', '90%'],
  series: [{ period: '2009/10', value: '76.5%' }],
  comparators: [{ label: 'England', series: [{ period: '2009/10', value: '70%' }] }],
});

describe('"76.5%" in a KPI: one rule for JSON, CSV and the JSON Schema', () => {
  it('a JSON kpis document in per cent reads "76.5%" as 76.5, and schemas/kpis.json takes it', () => {
    for (const unit of ['percent', 'Per Cent', '%', ' percentage ']) {
      const doc = { kpis: [everywhere(unit)] };
      const read = readWith(kpiDocument, doc);
      expect(read.problems, unit).to.deep.equal([]);
      expect(read.value?.kpis[0]?.series[0]?.value, unit).to.equal(76.5);
      expect(read.value?.kpis[0]).to.deep.include({ target: 80, tolerance: 5, range: [70, 90] });
      expect(schemaTakes('kpis.json', doc), `kpis.json, unit ${unit}`).to.equal(true);
      expect(schemaTakes('kpi.json', doc.kpis[0]), `kpi.json, unit ${unit}`).to.equal(true);
    }
  });

  it('any other unit, or none: the reader refuses "76.5%" naming the fix, and the JSON Schema refuses it too', () => {
    for (const unit of [undefined, 'count', 'days', { rate: 10000 }]) {
      const one = {
        ref: 'NI 59',
        ...(unit === undefined ? {} : { unit }),
        series: [{ period: '2009/10', value: '76.5%' }],
      };
      const read = readWith(kpiDocument, { kpis: [one] });
      expect(plain(read.problems), JSON.stringify(unit)).to.deep.equal([
        { path: 'kpis[0].series[0].value', message: FIX },
      ]);
      expect(schemaTakes('kpis.json', { kpis: [one] }), JSON.stringify(unit)).to.equal(false);
      expect(schemaTakes('kpi.json', one), JSON.stringify(unit)).to.equal(false);
      for (const key of ['target', 'tolerance', 'range', 'baseline', 'comparators']) {
        const single = { ...one, series: [], [key]: everywhere('percent')[key] };
        expect(readWith(kpi, single).problems.length, `${key}, unit ${JSON.stringify(unit)}`).to.be.above(0);
        expect(schemaTakes('kpi.json', single), `${key}, unit ${JSON.stringify(unit)}`).to.equal(false);
      }
    }
  });

  it('CSV follows the same rule: a "%" unit column reads 76.5%, no unit refuses it with the same message', () => {
    const inPercent = kpisFromSheet(parseCsv('ref,period,value,unit\nNI 59,2009/10,76.5%,%\n'));
    expect(readWith(kpiDocument, inPercent.value).value?.kpis[0]?.series[0]?.value).to.equal(76.5);
    const noUnit = kpisFromSheet(parseCsv('ref,period,value\nNI 59,2009/10,76.5%\n'));
    const read = readWith(kpiDocument, noUnit.value);
    expect(plain(relocate(read.problems, noUnit.origins))).to.deep.equal([
      { path: 'CSV row 2 (value)', message: FIX },
    ]);
  });
});
