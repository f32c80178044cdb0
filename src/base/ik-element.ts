import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type FromSheet, parseCsv, relocate, type Sheet } from '../core/csv.js';
import { localeOf } from '../core/format.js';
import {
  checkUrl,
  FetchError,
  type Fetched,
  fetchShared,
  isCsv,
  type Picked,
  parseJson,
  readLocalSource,
  selectPath,
} from '../core/load.js';
import type { Problem } from '../core/problems.js';
import { MAX_ITEMS, readWith, type Schema } from '../core/schema.js';
import { type EmitArgs, kitEvent } from './events.js';
import { baseStyles } from './ik-element.styles.js';
import { schedule } from './scheduler.js';

export const STATES = ['loading', 'ready', 'empty', 'error'] as const;
export type WidgetState = (typeof STATES)[number];

/** How a widget's data is read: its schema, its tabular form, and when it has nothing to show. */
export interface Shape<T> {
  schema: Schema<T>;
  fromSheet(sheet: Sheet, host: HTMLElement): FromSheet;
}

/** What a widget's layout returns: the model to draw, problems found in place, and whether anything draws. */
export interface Built<M> {
  model: M;
  problems: Problem[];
  /** True when there is nothing to draw (no rows, no points). */
  empty: boolean;
}

/**
 * The most rows read from CSV or a table. Lines are not items (a long layout gives one line per cell, a KPI
 * file one line per value), so this is far above MAX_ITEMS, which then applies to the rows, actions or points.
 */
const MAX_SHEET_ROWS = MAX_ITEMS * 40;

/** Shown in the error panel; problems beyond this are one click away in a disclosure. */
const SHOWN_PROBLEMS = 20;

type Loaded =
  | { kind: 'doc'; value: unknown; label: string }
  | { kind: 'sheet'; sheet: Sheet; label: string }
  | { kind: 'problem'; problem: Problem; label: string };

/**
 * The base every widget extends: the data lifecycle (the data property, `src`, inline data or a table), the
 * `state` attribute and the error panel, the `ik-load` / `ik-error` events, theme tokens and the basics of
 * forced colours, reduced motion and print. A widget supplies its `shape`, a pure `build()` from valid data to
 * a model, and `renderModel()`; `S` is what its `ik-select` carries. The attributes, events, parts and tokens
 * documented here are every widget's: custom-elements.json lists them on each element as inherited.
 *
 * @event {CustomEvent<IkLoadDetail>} ik-load - The widget reached `ready` or `empty`. `detail: { data }`: the data as given (unknown keys kept).
 * @event {CustomEvent<IkErrorDetail>} ik-error - There are problems, whether or not the rest draws. `detail: { errors: [{ path, message, status? }] }` (`path: 'src'` and the HTTP `status` for a failed fetch).
 *
 * @csspart error - The error panel.
 * @csspart message - The loading and empty messages (which also carry `base`).
 * @csspart retry - The Retry button of a failed fetch.
 *
 * @cssprop [--ik-font-family=arial, sans-serif] - Font stack.
 * @cssprop [--ik-font-size=16px] - Body text size.
 * @cssprop [--ik-text-colour=#0b0c0c] - Text; the timeline's markers; the sparkline's line and points.
 * @cssprop [--ik-secondary-text-colour=#505a5f] - Secondary text and axis labels; the sparkline's baseline and comparator lines.
 * @cssprop [--ik-background=#ffffff] - Background.
 * @cssprop [--ik-border-colour=#b1b4b6] - Borders and grid lines.
 * @cssprop [--ik-link-colour=#1d70b8] - Links; the sparkline's target line.
 * @cssprop [--ik-focus-colour=#ffdd00] - Focus highlight.
 * @cssprop [--ik-error-colour=#d4351c] - Error panel; the timeline's overdue words.
 * @cssprop [--ik-status-red=#d4351c] - Red status mark (RAG matrix, sparkline); the timeline's overdue mark.
 * @cssprop [--ik-status-amber=#f47738] - Amber status mark (RAG matrix, sparkline); the timeline's due-soon mark.
 * @cssprop [--ik-status-green=#00703c] - Green status mark (RAG matrix, sparkline); the sparkline's range band.
 * @cssprop [--ik-status-blue=#1d70b8] - Blue status mark (RAG matrix); the timeline's done mark.
 * @cssprop [--ik-status-grey=#b1b4b6] - Grey status mark (RAG matrix); the timeline's milestone mark.
 * @cssprop [--ik-grade-1=#00703c] - Best grade tone (judgement grid).
 * @cssprop [--ik-grade-2=#85994b] - Second grade tone (judgement grid).
 * @cssprop [--ik-grade-3=#f47738] - Third grade tone (judgement grid).
 * @cssprop [--ik-grade-4=#d4351c] - Fourth grade tone (judgement grid).
 * @cssprop [--ik-space=8px] - Spacing unit.
 * @cssprop [--ik-max-height=80vh] - Height before a table scrolls inside the widget (judgement grid, RAG matrix).
 */
export abstract class IkElement<T extends object, M, S = never> extends LitElement {
  static override styles = [baseStyles];

  /** The data as an object (CONTRACT §5); takes precedence over `src` and inline data. */
  @property({ attribute: false }) data?: unknown;

  /** URL of a JSON or CSV file (http, https or relative). */
  @property({ reflect: true }) src?: string;

  /** `csv` or `json`: how to read `src` when its address and content type do not say. */
  @property({ reflect: true }) format?: string;

  /** A dotted path (`inspection2010` or `report.kpis.0`) picking part of a larger document. */
  @property({ reflect: true }) select?: string;

  /** `loading`, `ready`, `empty` or `error`; reflected so pages can style on it. Read-only. */
  @property({ reflect: true }) state: WidgetState = 'loading';

  /** Every problem found: loading, validation and in-place (bad grades, periods…). */
  @state() protected problems: Problem[] = [];

  /** The valid data, once read. */
  @state() protected input?: T;

  /** The model drawn, once built. */
  protected model?: M;

  /** The locale: the nearest `lang`, or `en-GB`. */
  protected locale = 'en-GB';

  /** How this widget's data is read. */
  protected abstract get shape(): Shape<T>;

  /** Turns valid data into the model to draw; pure. `path` is where the data sat in the document. */
  protected abstract build(input: T, path: string): Built<M>;

  /** Draws the model (state `ready`). */
  protected abstract renderModel(model: M): TemplateResult;

  /** Properties that change the model but not the data (e.g. `scale`, `compare`). */
  protected static modelProperties: readonly string[] = [];

  /** Picks the widget's part of a document after `select` (the sparkline's `ref`). */
  protected pick(doc: unknown, path: string): Picked {
    return { ok: true, value: doc, path };
  }

  #generation = 0;
  #abort?: AbortController;
  #loaded?: Loaded;
  #inputPath = '';
  /** The data as given (after select and ref), unknown keys and all: what ik-load reports. */
  #given: unknown;
  #inputProblems: Problem[] = [];
  #origins: ReadonlyMap<string, string> = new Map();
  #fetchFailure?: FetchError;
  #needsLoad = true;
  #announce = false;
  #observer?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.locale = localeOf(this);
    // Inline data or a table may be added after the element (frameworks, CMS editors): watch for it, but only
    // when there is no data property or src to read instead (a scorecard of 500 sparklines needs no observers).
    if (this.data === undefined && !this.src) {
      this.#observer ??= new MutationObserver(() => {
        if (this.data === undefined && !this.src) this.#reload();
      });
      this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    }
    if (!this.#loaded || this.#fetchPending()) this.#reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    if (this.#fetchPending()) {
      // Removed mid-fetch: abandon the request; it starts again if the element comes back.
      this.#abort?.abort();
      this.#loaded = undefined;
    }
  }

  #fetchPending(): boolean {
    return this.state === 'loading' && this.#abort !== undefined && !this.#abort.signal.aborted;
  }

  /** Loads the data again from its source (what the Retry button does). */
  reload(): void {
    this.#reload();
  }

  #reload(): void {
    this.#needsLoad = true;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const sourceChanged = changed.has('data') || changed.has('src') || changed.has('format');
    if (sourceChanged || this.#needsLoad) {
      this.#needsLoad = false;
      this.#startLoad();
    }
    const rereadKeys = ['select', ...this.readProperties()];
    const modelKeys = (this.constructor as typeof IkElement).modelProperties;
    if (
      sourceChanged ||
      rereadKeys.some((k) => (changed as Map<PropertyKey, unknown>).has(k)) ||
      this.#loadedChanged
    ) {
      this.#loadedChanged = false;
      this.#read();
      this.#rebuild();
      // ik-load / ik-error are about the data: announced when it was read again, not on every redraw.
      this.#announce = this.state !== 'loading' && this.#loaded !== undefined;
    } else if (modelKeys.some((k) => (changed as Map<PropertyKey, unknown>).has(k))) {
      this.#rebuild();
    }
  }

  /** Properties that pick a different part of the loaded document (the sparkline adds `ref`). */
  protected readProperties(): readonly string[] {
    return [];
  }

  #loadedChanged = false;

  #setLoaded(loaded: Loaded | undefined): void {
    this.#loaded = loaded;
    this.#loadedChanged = true;
  }

  #startLoad(): void {
    if (!this.isConnected) {
      // Not on the page (removed before its first update): load when it is connected again.
      this.#needsLoad = true;
      return;
    }
    const generation = ++this.#generation;
    this.#abort?.abort();
    this.#abort = undefined;
    this.#fetchFailure = undefined;
    if (this.data !== undefined) {
      this.#setLoaded({ kind: 'doc', value: this.data, label: 'the data property' });
      return;
    }
    if (this.src) {
      const checked = checkUrl(this.src, this.ownerDocument.baseURI);
      if (!checked.ok) {
        this.#fetchFailure = new FetchError(checked.message, this.src);
        this.#setLoaded({
          kind: 'problem',
          problem: { path: 'src', message: checked.message },
          label: this.src,
        });
        return;
      }
      const controller = new AbortController();
      this.#abort = controller;
      this.#setLoaded(undefined);
      fetchShared(checked.url, controller.signal).then(
        (fetched) => {
          if (generation !== this.#generation) return;
          this.#abort = undefined;
          this.#setLoaded(this.#parseFetched(fetched));
          this.requestUpdate();
        },
        (error: unknown) => {
          if (generation !== this.#generation || controller.signal.aborted) return;
          this.#abort = undefined;
          const failure = error instanceof FetchError ? error : new FetchError(String(error), checked.url);
          this.#fetchFailure = failure;
          const problem: Problem = { path: 'src', message: `${failure.message} (${failure.url})` };
          if (failure.status !== undefined) problem.status = failure.status;
          this.#setLoaded({ kind: 'problem', problem, label: failure.url });
          this.requestUpdate();
        },
      );
      return;
    }
    const local = readLocalSource(this);
    if (!local) {
      this.#setLoaded(undefined);
      return;
    }
    if (local.kind === 'json') {
      const parsed = parseJson(local.text);
      this.#setLoaded(
        parsed.ok
          ? { kind: 'doc', value: parsed.value, label: local.label }
          : { kind: 'problem', problem: parsed.problem, label: local.label },
      );
    } else {
      this.#setLoaded({ kind: 'sheet', sheet: local.sheet, label: local.label });
    }
  }

  #parseFetched(fetched: Fetched): Loaded {
    if (isCsv(fetched, this.format))
      return { kind: 'sheet', sheet: parseCsv(fetched.text), label: fetched.url };
    const parsed = parseJson(fetched.text);
    return parsed.ok
      ? { kind: 'doc', value: parsed.value, label: fetched.url }
      : { kind: 'problem', problem: parsed.problem, label: fetched.url };
  }

  /** Loaded document → select → pick → valid input with its problems. */
  #read(): void {
    this.input = undefined;
    this.#given = undefined;
    this.#inputProblems = [];
    this.#origins = new Map();
    this.#inputPath = '';
    const loaded = this.#loaded;
    if (!loaded) return;
    if (loaded.kind === 'problem') {
      this.#inputProblems = [loaded.problem];
      return;
    }
    let doc: unknown;
    let path = '';
    let origins: ReadonlyMap<string, string> = new Map();
    const problems: Problem[] = [];
    if (loaded.kind === 'sheet') {
      let sheet = loaded.sheet;
      if (sheet.rows.length > MAX_SHEET_ROWS) {
        problems.push({
          path: `${sheet.source} row ${sheet.rows[MAX_SHEET_ROWS]!.row}`,
          message: `and the ${(sheet.rows.length - MAX_SHEET_ROWS).toLocaleString('en-GB')} rows after it are not read: a table is read up to ${MAX_SHEET_ROWS.toLocaleString('en-GB')} rows (split the data)`,
        });
        sheet = { ...sheet, rows: sheet.rows.slice(0, MAX_SHEET_ROWS) };
      }
      const built = this.shape.fromSheet(sheet, this);
      doc = built.value;
      origins = built.origins;
      problems.push(...built.problems);
      if (this.select) {
        problems.push({
          path: 'select',
          message: 'applies to JSON documents only; it was ignored for tabular data',
        });
      }
    } else {
      doc = loaded.value;
      if (this.select) {
        const selected = selectPath(doc, this.select);
        if (!selected.ok) {
          this.#inputProblems = [selected.problem];
          return;
        }
        doc = selected.value;
        path = selected.path;
      }
    }
    const picked = this.pick(doc, path);
    if (!picked.ok) {
      this.#inputProblems = relocate([...problems, picked.problem], origins);
      return;
    }
    problems.push(...(picked.problems ?? []));
    this.#given = picked.value;
    const read = readWith(this.shape.schema, picked.value, picked.path);
    this.input = read.value;
    this.#inputPath = picked.path;
    this.#origins = origins;
    this.#inputProblems = relocate([...problems, ...read.problems], origins);
  }

  #rebuild(): void {
    let buildProblems: Problem[] = [];
    let empty = true;
    this.model = undefined;
    if (this.input) {
      try {
        const built = this.build(this.input, this.#inputPath);
        this.model = built.model;
        buildProblems = relocate(built.problems, this.#origins);
        empty = built.empty;
      } catch (error) {
        // A widget's layout must never break the page: report it as a problem instead.
        buildProblems = [
          { path: this.#inputPath || 'data', message: `could not be drawn (${String(error)})` },
        ];
        this.model = undefined;
      }
    }
    this.problems = [...this.#inputProblems, ...buildProblems];
    if (this.#abort) this.state = 'loading';
    else if (!this.#loaded) this.state = 'empty';
    else if (!this.input || !this.model || (empty && this.problems.length > 0)) this.state = 'error';
    else this.state = empty ? 'empty' : 'ready';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.#announce) return;
    this.#announce = false;
    if (this.#loaded === undefined) return;
    if (this.state === 'ready' || this.state === 'empty') {
      this.emit('ik-load', { data: this.#given });
    }
    if (this.problems.length > 0) this.emit('ik-error', { errors: this.problems });
  }

  /** Updates are time-sliced with every other widget's (scheduler.ts). */
  protected override scheduleUpdate(): Promise<void> | undefined {
    return schedule(() => {
      super.scheduleUpdate();
    });
  }

  /** True while a widget is still drawing its rows in parts; `updateComplete` waits for the last part. */
  protected drawingMore(): boolean {
    return false;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.drawingMore() && this.isUpdatePending) complete = await super.getUpdateComplete();
    return complete;
  }

  /**
   * Dispatches one of the kit's events (bubbling, composed) with its detail: `ik-select` takes this widget's
   * own detail type `S`, and a widget without one cannot fire it.
   */
  protected emit(...[type, detail]: EmitArgs<S>): boolean {
    return this.dispatchEvent(kitEvent(type, detail));
  }

  /** Shown in the `empty` state; widgets may say more. */
  protected emptyMessage(): string {
    return this.#loaded
      ? 'There is nothing to show: the data has no entries.'
      : 'No data: give this widget a src, a data property, inline data or a table.';
  }

  override render(): TemplateResult | typeof nothing {
    switch (this.state) {
      case 'loading':
        return html`<p part="base message" class="message loading" role="status">Loading…</p>`;
      case 'empty':
        return html`<p part="base message" class="message" role="status">${this.emptyMessage()}</p>`;
      case 'error':
        return this.renderProblems();
      default:
        return html`${this.model === undefined ? nothing : this.renderModel(this.model)}${this.renderProblems()}`;
    }
  }

  /** The error panel: every problem with its place; a Retry button when a fetch failed. */
  protected renderProblems(): TemplateResult | typeof nothing {
    if (this.problems.length === 0) return nothing;
    const failure = this.#fetchFailure;
    const count = this.problems.length;
    const heading = failure
      ? 'The data could not be loaded'
      : this.state === 'error'
        ? `The data could not be shown: ${count === 1 ? 'there is 1 problem' : `there are ${count} problems`}`
        : `${count === 1 ? '1 part' : `${count} parts`} of the data ${count === 1 ? 'is' : 'are'} not valid and ${count === 1 ? 'is' : 'are'} shown as not valid or left out; the rest is shown`;
    const item = (p: Problem) =>
      html`<li><span class="problem-path">${p.path}</span>${p.path.startsWith('line ') ? ' ' : ': '}${p.message}</li>`;
    const shown = this.problems.slice(0, SHOWN_PROBLEMS);
    const rest = this.problems.slice(SHOWN_PROBLEMS);
    return html`<div part="error" class="problems" role="alert">
      <p class="problems-heading">${heading}</p>
      <ul>
        ${shown.map(item)}
      </ul>
      ${
        rest.length
          ? html`<details>
            <summary>${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'}</summary>
            <ul>
              ${rest.map(item)}
            </ul>
          </details>`
          : nothing
      }
      ${failure ? html`<button type="button" class="retry" part="retry" @click=${() => this.reload()}>Retry</button>` : nothing}
    </div>`;
  }
}
