// Where a run's time goes, from a Chrome performance trace (puppeteer `page.tracing` with the devtools
// timeline categories): the renderer's main thread split into script, style, layout, paint and other work,
// and the idle time between tasks (between the scheduler's slices), plus the raster and compositor threads'
// paint work. Used by scripts/bench.mjs; the bench page marks the timed window with `bench-start`/`bench-end`.

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'v8.execute',
  'blink.user_timing',
];

/** What each trace event's own time counts as; events not named here count as their parent's kind. */
const KINDS = {
  script: [
    'EvaluateScript',
    'v8.evaluateModule',
    'FunctionCall',
    'TimerFire',
    'FireIdleCallback',
    'FireAnimationFrame',
    'EventDispatch',
    'RunMicrotasks',
    'v8.compile',
    'v8.compileModule',
    'V8.CompileCode',
    'v8.produceCache',
    'v8.parseOnBackground',
    'MajorGC',
    'MinorGC',
    'V8.GCScavenger',
    'V8.GCFinalizeMC',
    'V8.GCIncrementalMarking',
    'BlinkGC.AtomicPhase',
    'ThreadState::performIdleLazySweep',
    'XHRReadyStateChange',
    'ResourceReceivedData',
  ],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet', 'ScheduleStyleRecalculation'],
  layout: ['Layout', 'InvalidateLayout', 'ComputeIntersections'],
  paint: [
    'PrePaint',
    'Paint',
    'PaintImage',
    'PaintSetup',
    'UpdateLayer',
    'UpdateLayerTree',
    'Layerize',
    'CompositeLayers',
    'Commit',
    'Decode Image',
    'RasterTask',
    'GPUTask',
  ],
};
const KIND_OF = new Map(Object.entries(KINDS).flatMap(([kind, names]) => names.map((n) => [n, kind])));
/** A main-thread task: time not inside one of these, inside the window, is idle. */
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);

function threadNames(events) {
  const names = new Map();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  return names;
}

/** Complete events (`X`, and `B`/`E` pairs) of one thread, as { name, ts, end } in µs, sorted by start. */
function spans(events, key) {
  const out = [];
  const open = [];
  for (const e of events) {
    if (`${e.pid}:${e.tid}` !== key) continue;
    if (e.ph === 'X' && typeof e.dur === 'number') out.push({ name: e.name, ts: e.ts, end: e.ts + e.dur });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) out.push({ name: b.name, ts: b.ts, end: e.ts });
    }
  }
  return out.sort((a, b) => a.ts - b.ts || b.end - a.end);
}

/** Self time (µs) per kind of the spans, clipped to [from, to]; an unnamed event takes its parent's kind. */
function selfTimes(list, from, to) {
  const totals = { script: 0, style: 0, layout: 0, paint: 0, other: 0 };
  const stack = [];
  const clip = (a, b) => Math.max(0, Math.min(b, to) - Math.max(a, from));
  // Walk the spans as a tree: each span's self time is its clipped length less its children's.
  const close = (until) => {
    while (stack.length && stack.at(-1).end <= until) {
      const s = stack.pop();
      totals[s.kind] += Math.max(0, clip(s.ts, s.end) - s.children);
      if (stack.length) stack.at(-1).children += clip(s.ts, s.end);
    }
  };
  for (const span of list) {
    close(span.ts);
    const parent = stack.at(-1);
    const kind = KIND_OF.get(span.name) ?? parent?.kind ?? 'other';
    stack.push({ ...span, kind, children: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return totals;
}

/**
 * The split of one traced run, in ms: `script`, `style`, `layout`, `paint`, `other` (main thread, self time
 * by kind), `idle` (main thread, within the window and outside any task), `raster` (paint work on the raster
 * and compositor threads), `window` (bench-start to bench-end) and the counts of layouts and paints.
 */
export function traceSplit(traceEvents) {
  const names = threadNames(traceEvents);
  const mark = (n) => traceEvents.find((e) => e.name === n && e.cat.includes('blink.user_timing'));
  const startMark = mark('bench-start');
  const endMark = mark('bench-end');
  if (!startMark || !endMark) throw new Error('trace: no bench-start/bench-end marks');
  const pid = startMark.pid;
  const main = [...names].find(([k, n]) => n === 'CrRendererMain' && k.startsWith(`${pid}:`));
  if (!main) throw new Error('trace: no renderer main thread');
  const from = startMark.ts;
  const to = endMark.ts;
  const mainSpans = spans(traceEvents, main[0]);
  const times = selfTimes(mainSpans, from, to);
  let busy = 0;
  let lastEnd = from;
  for (const s of mainSpans) {
    if (!TASKS.has(s.name)) continue;
    const a = Math.max(s.ts, lastEnd);
    const b = Math.min(s.end, to);
    if (b > a) busy += b - a;
    lastEnd = Math.max(lastEnd, s.end);
  }
  let raster = 0;
  for (const [k, n] of names) {
    if (!k.startsWith(`${pid}:`) || k === main[0]) continue;
    if (!/Compositor|Raster/i.test(n)) continue;
    for (const [kind, t] of Object.entries(selfTimes(spans(traceEvents, k), from, to)))
      if (kind === 'paint') raster += t;
  }
  const inWindow = (e) => e.ts >= from && e.ts <= to && `${e.pid}:${e.tid}` === main[0];
  const count = (n) => traceEvents.filter((e) => e.name === n && e.ph !== 'E' && inWindow(e)).length;
  const msOf = (us) => us / 1000;
  return {
    window: msOf(to - from),
    script: msOf(times.script),
    style: msOf(times.style),
    layout: msOf(times.layout),
    paint: msOf(times.paint),
    other: msOf(times.other),
    idle: msOf(Math.max(0, to - from - busy)),
    raster: msOf(raster),
    layouts: count('Layout'),
    paints: count('Paint'),
  };
}
