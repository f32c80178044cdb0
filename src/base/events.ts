/**
 * The kit's events, and what each carries in `detail`. Every event bubbles and is composed (it crosses shadow
 * roots), so a page may listen on the widget, on a container or on the document.
 *
 * `ik-load` and `ik-error` carry the same detail on every widget. `ik-select`'s detail is the widget's own
 * (`JudgementSelectDetail`, `RagSelectDetail`, `KpiSelectDetail`, `ActionSelectDetail`): each widget's module
 * adds its detail to `IkSelectDetails` under its tag name, and `IkSelectDetail` is the union of those. The
 * global event maps give page code that union, since a listener on a container or the document may hear any
 * widget; narrow it by the event's target (`e.target instanceof IkRagMatrix`) or by the widget you listened
 * on. Inside a widget, `emit` takes only the widget's own detail.
 */
import type { Problem } from '../core/problems.js';

/** What `ik-load` carries: the data as given (after `select`, and the sparkline's `ref`), unknown keys kept. */
export interface IkLoadDetail<T = unknown> {
  data: T;
}

/**
 * What `ik-error` carries: every problem with its place in the data; a failed fetch is one problem with the
 * path `src` and, for an HTTP error, its `status`.
 */
export interface IkErrorDetail {
  errors: Problem[];
}

/**
 * Each widget's `ik-select` detail by its tag name. A widget's module adds its own entry
 * (`declare module '…/base/events.js' { interface IkSelectDetails { 'ik-rag-matrix': RagSelectDetail } }`),
 * so the union below holds exactly the widgets a program imports.
 */
// biome-ignore lint/suspicious/noEmptyInterface: the entries are added by each widget's module (declaration merging).
export interface IkSelectDetails {}

/** What `ik-select` may carry, from any widget imported: the union of `IkSelectDetails`. */
export type IkSelectDetail = IkSelectDetails[keyof IkSelectDetails];

/** The kit's events by name, with their details; `S` is the `ik-select` detail (one widget's, or the union). */
export interface IkEventDetails<S = IkSelectDetail> {
  'ik-load': IkLoadDetail;
  'ik-error': IkErrorDetail;
  'ik-select': S;
}

/** The kit's events as `addEventListener` gives them: `CustomEvent`s with the details above. */
export type IkEventMap<S = IkSelectDetail> = {
  [K in keyof IkEventDetails<S>]: CustomEvent<IkEventDetails<S>[K]>;
};

/** The arguments of a widget's `emit`: an event name with its own detail (a tuple per event, so they match). */
export type EmitArgs<S> = {
  [K in keyof IkEventDetails<S>]: [type: K, detail: IkEventDetails<S>[K]];
}[keyof IkEventDetails<S>];

/** The kit's events: they bubble and cross shadow roots. */
export function kitEvent<D>(type: string, detail: D): CustomEvent<D> {
  return new CustomEvent<D>(type, { detail, bubbles: true, composed: true, cancelable: false });
}

declare global {
  /** `addEventListener('ik-select', (e) => e.detail…)` is typed on every element, the document and window. */
  interface GlobalEventHandlersEventMap {
    'ik-load': CustomEvent<IkLoadDetail>;
    'ik-error': CustomEvent<IkErrorDetail>;
    'ik-select': CustomEvent<IkSelectDetail>;
  }
}
