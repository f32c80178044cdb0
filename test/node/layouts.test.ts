/**
 * The four widgets' layout models for every fixture part the demo draws, read the way the elements read them
 * (select, ref, schema, layout), compared with snapshots in test/node/snapshots/. Fixed locale and dates, so the
 * snapshots do not depend on the day or the machine.
 */
import {
  layoutTimeline,
  type TimelineOptions,
} from '../../src/components/deadline-timeline/deadline-timeline.layout.js';
import {
  type GridOptions,
  layoutJudgementGrid,
} from '../../src/components/judgement-grid/judgement-grid.layout.js';
import {
  CARD_SIZE,
  INLINE_SIZE,
  layoutKpi,
  type Size,
} from '../../src/components/kpi-sparkline/kpi-sparkline.layout.js';
import { layoutRagMatrix } from '../../src/components/rag-matrix/rag-matrix.layout.js';
import { selectPath } from '../../src/core/load/select.js';
import type { Problem } from '../../src/core/problems.js';
import { readWith, type Schema } from '../../src/core/schema.js';
import { judgementGrid } from '../../src/core/shapes/judgements.js';
import { kpi, pickRef } from '../../src/core/shapes/kpi.js';
import { ragMatrix } from '../../src/core/shapes/rag.js';
import { timeline } from '../../src/core/shapes/timeline.js';
import { fixtureJson } from './fixtures.js';
import { matchSnapshot } from './snapshot.js';

const LOCALE = 'en-GB';

/** The part of a fixture file at `select` (and `ref`), read by `schema`: what an element's `build` gets. */
function read<T>(
  file: string,
  select: string,
  schema: Schema<T>,
  ref?: string,
): { value: T; path: string; problems: Problem[] } {
  const selected = selectPath(fixtureJson(file), select);
  if (!selected.ok) throw new Error(`${file} ${select}: ${selected.problem.message}`);
  const picked = ref === undefined ? selected : pickRef(selected.value, ref, selected.path);
  if (!picked.ok) throw new Error(`${file} ${select} ${ref}: ${picked.problem.message}`);
  const { value, problems } = readWith(schema, picked.value, picked.path);
  if (value === undefined) throw new Error(`${file} ${select}: ${JSON.stringify(problems)}`);
  return { value, path: picked.path, problems };
}

/** The snapshot: problems from reading and from the layout, then the model. */
function snapshot(
  name: string,
  readProblems: Problem[],
  laid: { model: unknown; problems: Problem[] },
): void {
  matchSnapshot(name, { problems: [...readProblems, ...laid.problems], model: laid.model });
}

describe('layoutJudgementGrid(data, path, options) on the fixtures', () => {
  const cases: [string, string, string, GridOptions][] = [
    ['grid-leeds-inspection2010', 'leeds-report.json', 'inspection2010', {}],
    ['grid-derby-inspection2011', 'derby-report.json', 'inspection2011', {}],
  ];
  for (const [name, file, select, options] of cases) {
    it(`${file} ${select} matches snapshots/${name}.json`, () => {
      const { value, path, problems } = read(file, select, judgementGrid);
      snapshot(
        name,
        problems,
        layoutJudgementGrid(value, path, { compare: false, ...options, locale: LOCALE }),
      );
    });
  }
});

describe('layoutRagMatrix(data, path, options) on the fixtures', () => {
  it('leeds-report.json progress2009 matches snapshots/rag-leeds-progress2009.json', () => {
    const { value, path, problems } = read('leeds-report.json', 'progress2009', ragMatrix);
    snapshot('rag-leeds-progress2009', problems, layoutRagMatrix(value, path, { locale: LOCALE }));
  });
});

describe('layoutKpi(kpi, path, options) on the fixtures', () => {
  const refs = [
    'LSP-HW2b(i) a',
    'LSP-HW2b(i) b',
    'NI 59',
    'NI 60',
    'CYPP P9-3',
    'NI 61',
    'NI 64',
    'NI 65',
    'NI 67',
    'NI 68',
    'NI 71',
  ];
  const cases: [string, Size][] = [
    ...refs.map((ref): [string, Size] => [ref, INLINE_SIZE]),
    ...['NI 59', 'NI 65', 'NI 61'].map((ref): [string, Size] => [ref, CARD_SIZE]),
  ];
  for (const [ref, size] of cases) {
    const variant = size === CARD_SIZE ? 'card' : 'inline';
    const name = `kpi-leeds-${ref.replace(/[^\w-]+/g, '_')}-${variant}`;
    it(`leeds-report.json indicators ref="${ref}" (${variant}) matches snapshots/${name}.json`, () => {
      const { value, path, problems } = read('leeds-report.json', 'indicators', kpi, ref);
      snapshot(name, problems, layoutKpi(value, path, { locale: LOCALE, size }));
    });
  }
});

describe('layoutTimeline(data, path, options) on the fixtures', () => {
  const cases: [string, string, string, TimelineOptions][] = [
    ['timeline-leeds-actions2010', 'leeds-report.json', 'actions2010', {}],
    [
      'timeline-derby-actions2011',
      'derby-report.json',
      'actions2011',
      { groupBy: 'timescale', asOf: '2011-10-01' },
    ],
  ];
  for (const [name, file, select, options] of cases) {
    it(`${file} ${select} matches snapshots/${name}.json`, () => {
      const { value, path, problems } = read(file, select, timeline);
      snapshot(name, problems, layoutTimeline(value, path, { width: 720, ...options, locale: LOCALE }));
    });
  }
});
