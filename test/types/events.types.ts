/**
 * Type-level tests of the kit's events: `npm run typecheck` checks this file (it is never run). Each
 * `@ts-expect-error` line is a wrong use that must not compile; if the typing loosens, that line compiles, and
 * the unused directive fails the check.
 */
import type { IkErrorDetail, IkLoadDetail, IkSelectDetail, IkSelectDetails } from '../../src/base/events.js';
import { IkElement } from '../../src/base/ik-element.js';
import type { ActionSelectDetail } from '../../src/components/deadline-timeline/deadline-timeline.js';
import {
  IkJudgementGrid,
  type JudgementSelectDetail,
} from '../../src/components/judgement-grid/judgement-grid.js';
import type { KpiSelectDetail } from '../../src/components/kpi-sparkline/kpi-sparkline.js';
import type { RagSelectDetail } from '../../src/components/rag-matrix/rag-matrix.js';

/** True only when A and B are the same type (not merely assignable either way, and not `any`). */
type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;

export const eachWidgetAddsItsDetail: Equal<
  IkSelectDetails,
  {
    'ik-judgement-grid': JudgementSelectDetail;
    'ik-rag-matrix': RagSelectDetail;
    'ik-kpi-sparkline': KpiSelectDetail;
    'ik-deadline-timeline': ActionSelectDetail;
  }
> = true;

export const selectIsTheUnion: Equal<
  IkSelectDetail,
  JudgementSelectDetail | RagSelectDetail | KpiSelectDetail | ActionSelectDetail
> = true;

/** Page code: listeners on an element, the document and window get typed details. */
export function pageCode(grid: HTMLElementTagNameMap['ik-judgement-grid']): void {
  grid.addEventListener('ik-load', (e) => {
    const detail: IkLoadDetail = e.detail;
    const data: unknown = detail.data;
    // @ts-expect-error the data is unknown until the page checks it
    data.rows;
  });
  document.addEventListener('ik-error', (e) => {
    const detail: IkErrorDetail = e.detail;
    const first: { path: string; message: string; status?: number } | undefined = detail.errors[0];
    // @ts-expect-error ik-error carries errors, not data
    e.detail.data;
    return first;
  });
  window.addEventListener('ik-select', (e) => {
    const detail: IkSelectDetail = e.detail;
    // @ts-expect-error a listener may hear any widget: the union is narrowed before one widget's field is read
    detail.period;
    if ('period' in detail) {
      const period: string = detail.period;
      return period;
    }
    return detail.row;
  });
  grid.addEventListener('ik-select', (e) => {
    // @ts-expect-error the detail is not any
    const wrong: number = e.detail;
    return wrong;
  });
}

/** On a widget itself, ik-select carries that widget's own detail; other events keep their DOM types. */
export function onTheWidget(grid: IkJudgementGrid, rag: HTMLElementTagNameMap['ik-rag-matrix']): void {
  const onGrid = (e: CustomEvent<JudgementSelectDetail>) => e.detail.column?.id;
  grid.addEventListener('ik-select', (e) => {
    const own: Equal<typeof e.detail, JudgementSelectDetail> = true;
    return own;
  });
  grid.addEventListener('ik-select', onGrid);
  grid.removeEventListener('ik-select', onGrid);
  rag.addEventListener('ik-select', (e) => e.detail.row.group);
  // @ts-expect-error the grid's listener does not fit the RAG matrix's detail
  rag.addEventListener('ik-select', onGrid);
  grid.addEventListener('ik-load', (e) => e.detail.data);
  grid.addEventListener('keydown', (e) => e.key);
  grid.addEventListener('custom-from-the-page', (e: Event) => e.type);
}

/** Inside a widget: `emit` takes the kit's event names only, each with its own detail. */
export class GridProbe extends IkJudgementGrid {
  check(grid: JudgementSelectDetail, rag: RagSelectDetail): void {
    this.emit('ik-select', grid);
    this.emit('ik-load', { data: { anything: true }, notes: [] });
    this.emit('ik-error', { errors: [{ path: 'src', message: 'HTTP 404', status: 404 }] });
    // @ts-expect-error not one of the kit's events
    this.emit('ik-chosen', grid);
    // @ts-expect-error another widget's ik-select detail
    this.emit('ik-select', rag);
    // @ts-expect-error ik-error's detail given to ik-load
    this.emit('ik-load', { errors: [] });
    // @ts-expect-error ik-load's detail given to ik-error
    this.emit('ik-error', { data: 1 });
    // @ts-expect-error a detail is required
    this.emit('ik-select');
  }
}

/** A widget that declares no ik-select detail cannot fire ik-select. */
export abstract class SilentProbe extends IkElement<object, string> {
  check(grid: JudgementSelectDetail): void {
    this.emit('ik-load', { data: null, notes: [] });
    // @ts-expect-error no ik-select detail was declared
    this.emit('ik-select', grid);
  }
}
