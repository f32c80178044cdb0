/**
 * The kit's events, and what each carries in `detail`. Every event bubbles and is composed (it crosses shadow
 * roots), so a page may listen on the widget, on a container or on the document.
 *
 * `ik-load` and `ik-error` carry the same detail on every widget. `ik-select`'s detail is the widget's own
 * (`JudgementSelectDetail`, `RagSelectDetail`, `KpiSelectDetail`, `ActionSelectDetail`): each widget's module
 * adds its detail to `IkSelectDetails` under its tag name, and `IkSelectDetail` is the union of those. On a
 * widget itself, `addEventListener('ik-select', …)` gives that widget's own detail (see the end of this file);
 * the global event maps give the union, since a listener on a container, the document or window may hear any
 * widget. Inside a widget, `emit` takes only the widget's own detail.
 */

import type { Problem } from '../core/problems.js';
import type { BASE_OPTIONS, ViewBase } from './ik-element.js';
import type { OptionsOf } from './options.js';

/**
 * What `ik-load` carries: the data as given (after `select`, and the sparkline's `ref`), unknown keys kept; and
 * the notes shown under the widget on how the file was read (an encoding or separator worked out), empty when
 * there are none.
 */
export interface IkLoadDetail<T = unknown> {
  data: T;
  notes: string[];
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

/**
 * One of the kit's events: it bubbles and crosses shadow roots, and its detail is a copy (`copiedWhenRead`), so
 * a listener that changes it cannot change what the widget shows or will show.
 */
export function kitEvent<D>(type: string, detail: D): CustomEvent<D> {
  return new CustomEvent<D>(type, {
    detail: copiedWhenRead(detail),
    bubbles: true,
    composed: true,
    cancelable: false,
  });
}

/**
 * The detail a listener gets: each property is a copy (`copyDetail`) made when it is first read. So a listener
 * that reads no `data` does not pay for copying a large document (100,000 items take a few hundred
 * milliseconds), and as the widget never changes what it passed, a copy made later is the one made at once.
 * A listener may still set a property, as on any object; that changes only its own detail.
 */
export function copiedWhenRead<D>(detail: D): D {
  if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) return copyDetail(detail);
  const view = {};
  for (const [key, value] of Object.entries(detail)) {
    let copy: unknown;
    let made = false;
    Object.defineProperty(view, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        if (!made) {
          copy = copyDetail(value);
          made = true;
        }
        return copy;
      },
      set: (next: unknown) => {
        copy = next;
        made = true;
      },
    });
  }
  return view as D;
}

type Copy = unknown[] | Record<string, unknown>;

/**
 * A deep copy of an event's detail: arrays and plain objects are copied all the way down, with every own
 * enumerable key (`__proto__` included, as a plain key); other objects (a Date, a class instance) are passed as
 * they are. Cycles and shared parts are kept as such. It works without recursion, so any depth of data the page
 * gave copies, and it reads proxies (a framework's reactive data) through their traps, where `structuredClone`
 * would throw.
 */
export function copyDetail<D>(detail: D): D {
  const copies = new Map<object, Copy>();
  const pending: [source: object, target: Copy][] = [];
  const copyOf = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const known = copies.get(value);
    if (known) return known;
    let target: Copy;
    if (Array.isArray(value)) target = [];
    else {
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return value;
      target = proto === null ? Object.create(null) : {};
    }
    copies.set(value, target);
    pending.push([value, target]);
    return target;
  };
  const copy = copyOf(detail);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [source, target] = next;
    if (Array.isArray(target)) {
      for (const item of source as unknown[]) target.push(copyOf(item));
      continue;
    }
    for (const key of Object.keys(source)) {
      const value = copyOf((source as Record<string, unknown>)[key]);
      Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return copy as D;
}

declare global {
  /** `addEventListener('ik-select', (e) => e.detail…)` is typed on every element, the document and window. */
  interface GlobalEventHandlersEventMap {
    'ik-load': CustomEvent<IkLoadDetail>;
    'ik-error': CustomEvent<IkErrorDetail>;
    'ik-select': CustomEvent<IkSelectDetail>;
  }
}

declare module './ik-element.js' {
  /**
   * On a widget itself, `addEventListener` gives `ik-select` that widget's own detail (`S`), not the union:
   * `grid.addEventListener('ik-select', (e) => e.detail.column)`.
   */
  interface IkElement<
    T extends object,
    M,
    V extends ViewBase = ViewBase,
    O extends OptionsOf<typeof BASE_OPTIONS> = OptionsOf<typeof BASE_OPTIONS>,
    S = never,
  > {
    addEventListener<K extends keyof IkEventMap<S>>(
      type: K,
      listener: (this: this, ev: IkEventMap<S>[K]) => unknown,
      options?: boolean | AddEventListenerOptions,
    ): void;
    addEventListener<K extends keyof HTMLElementEventMap>(
      type: K,
      listener: (this: this, ev: HTMLElementEventMap[K]) => unknown,
      options?: boolean | AddEventListenerOptions,
    ): void;
    addEventListener(
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | AddEventListenerOptions,
    ): void;
    removeEventListener<K extends keyof IkEventMap<S>>(
      type: K,
      listener: (this: this, ev: IkEventMap<S>[K]) => unknown,
      options?: boolean | EventListenerOptions,
    ): void;
    removeEventListener<K extends keyof HTMLElementEventMap>(
      type: K,
      listener: (this: this, ev: HTMLElementEventMap[K]) => unknown,
      options?: boolean | EventListenerOptions,
    ): void;
    removeEventListener(
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | EventListenerOptions,
    ): void;
  }
}
