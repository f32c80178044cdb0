/**
 * The four widgets' layout models for every fixture part the demo draws, and what their views show for a few
 * UI states,, read the way the elements read them
 * (select, ref, schema, layout), compared with snapshots in test/node/snapshots/. Fixed locale and dates, so the
 * snapshots do not depend on the day or the machine.
 */
import {
  layoutTimeline,
  type TimelineOptions,
} from '../../src/components/deadline-timeline/deadline-timeline.layout.js';
import { viewTimeline } from '../../src/components/deadline-timeline/deadline-timeline.view.js';
import {
  type GridOptions,
  layoutJudgementGrid,
} from '../../src/components/judgement-grid/judgement-grid.layout.js';
import { viewJudgementGrid } from '../../src/components/judgement-grid/judgement-grid.view.js';
import {
  CARD_SIZE,
  INLINE_SIZE,
  layoutKpi,
  type Size,
} from '../../src/components/kpi-sparkline/kpi-sparkline.layout.js';
import { layoutRagMatrix } from '../../src/components/rag-matrix/rag-matrix.layout.js';
import { viewRagMatrix } from '../../src/components/rag-matrix/rag-matrix.view.js';
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

describe('the views on the fixtures (what is shown for a UI state)', () => {
  /** A view without the model it carries: the snapshot holds what the view adds. */
  const shownOf = (view: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(view)
        .filter(([k]) => k !== 'model')
        .map(([k, v]) => [
          k,
          Array.isArray(v) && v.length > 0 && typeof v[0] === 'object' && v[0] && 'key' in v[0]
            ? v.map((row: { key: string }) => row.key)
            : v instanceof Set
              ? [...v]
              : v,
        ]),
    );

  it('viewTimeline: all actions, then the overdue ones with the first under the pointer', () => {
    const { value, path } = read('leeds-report.json', 'actions2010', timeline);
    const { model } = layoutTimeline(value, path, { width: 720, asOf: '2010-05-11', locale: LOCALE });
    const all = viewTimeline(model, {
      filter: undefined,
      current: undefined,
      drawnRows: undefined,
      locale: LOCALE,
    });
    const first = model.actions.find((a) => a.kind === 'overdue')!.key;
    const overdue = viewTimeline(model, {
      filter: 'overdue',
      current: first,
      drawnRows: undefined,
      locale: LOCALE,
    });
    matchSnapshot('view-timeline-leeds-actions2010', {
      all: shownOf({ ...all }),
      overdue: shownOf({ ...overdue }),
    });
  });

  it('viewRagMatrix: all items, then the amber ones', () => {
    const { value, path } = read('leeds-report.json', 'progress2009', ragMatrix);
    const { model } = layoutRagMatrix(value, path, { locale: LOCALE });
    const views = (['all', 'amber'] as const).map((f) =>
      viewRagMatrix(model, { filter: f === 'all' ? undefined : f, drawnRows: undefined, locale: LOCALE }),
    );
    matchSnapshot(
      'view-rag-leeds-progress2009',
      views.map((v) => ({
        ...shownOf({ ...v, drawnGroups: undefined }),
        groups: v.drawnGroups.map((g) => g.label),
      })),
    );
  });

  it('viewJudgementGrid: every row, then with "Quality of provision" collapsed', () => {
    const { value, path } = read('leeds-report.json', 'inspection2010', judgementGrid);
    const { model } = layoutJudgementGrid(value, path, { locale: LOCALE });
    const parent = model.rows.find((r) => r.hasChildren)!.key;
    const views = [new Set<string>(), new Set([parent])].map((collapsed) =>
      viewJudgementGrid(model, { collapsed, drawnRows: undefined, locale: LOCALE }),
    );
    matchSnapshot(
      'view-grid-leeds-inspection2010',
      views.map((v) => shownOf({ ...v })),
    );
  });
});
