import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type FromSheet, pickSheetLanguage, relocate, type Sheet, sheetNotesIn } from '../core/csv.js';
import { writeCsv } from '../core/export/csv.js';
import { type Drawing, drawExport, svgOf } from '../core/export/draw.js';
import { EXPORT_KINDS, exportAttribute } from '../core/export/kinds.js';
import type { ExportTable } from '../core/export/table.js';
import { localeOf, textDirection } from '../core/format.js';
import { catalogueReady, languageOf, t } from '../core/i18n/index.js';
import { readLocalSource } from '../core/load/dom.js';
import { FetchError, type Fetched, isCsv } from '../core/load/fetch.js';
import { parseJson } from '../core/load/json.js';
import { parseFetched } from '../core/load/parsed.js';
import { type Picked, selectPath } from '../core/load/select.js';
import { fetchShared } from '../core/load/shared.js';
import { checkUrl } from '../core/load/url.js';
import { pathWords, placed, problemPlace } from '../core/place.js';
import {
  capProblems,
  type Problem,
  problemIn,
  type Said,
  said,
  saidOf,
  saidWhere,
} from '../core/problems.js';
import { MAX_ITEMS, oneOf, readWith, type Schema, string } from '../core/schema.js';
import { type WidgetKind, wrongShape } from '../core/shapes/recognise.js';
import { KIT_VERSION } from './define.js';
import { type EmitArgs, kitEvent } from './events.js';
import { Downloads, exportLook, measurer, png } from './export.js';
import { exportStyles } from './export.styles.js';
import { baseStyles } from './ik-element.styles.js';
import { unwatchLanguage, watchLanguage } from './language.js';
import {
  earlier,
  headingLevel,
  type OptionSpec,
  type OptionSpecs,
  type OptionsOf,
  option,
  readOptions,
  type Stage,
} from './options.js';
import { type DrawnRows, keptRows } from './progress.js';
import { afterNextFrame, nextTask, schedule } from './scheduler.js';
import { LoadingSpinner } from './spinner.js';

export const STATES = ['loading', 'ready', 'empty', 'error'] as const;
export type WidgetState = (typeof STATES)[number];

/** How a widget's data is read: its schema, its tabular form, and when it has nothing to show. */
export interface Shape<T> {
  /** Which widget's data it is, for telling another widget's data from this one's (none: no such check). */
  kind?: WidgetKind;
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

/** How much of a long view is drawn so far: views drawn in parts say so, and the base draws the next part. */
export interface Progress {
  /** Whether rows remain to be drawn after this part. */
  more: boolean;
  /** The `drawnRows` of the next part. */
  next: number;
  /** The cells drawn in this part and those before it (row headers count). */
  cells: number;
  /** Rows left out because the view would be too large to draw (progress.ts MOST_CELLS_SHOWN), of `of`. */
  left: number;
  of: number;
}

/** What every widget's view carries beside its own parts. */
export interface ViewBase {
  progress?: Progress;
}

/** The themes the `theme` attribute takes; without it a widget follows the page's `prefers-color-scheme`. */
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The options every widget reads (its attributes beyond `src`). */
export const BASE_OPTIONS = {
  format: option('format', oneOf(['json', 'csv'] as const), undefined, 'load'),
  select: option('select', string(), undefined, 'read'),
  headingLevel: option('heading-level', headingLevel(), undefined, 'view', (l) =>
    t(l, 'option.paragraphTitle'),
  ),
  theme: option('theme', oneOf(THEMES), undefined, 'view', (l) => t(l, 'option.pageTheme')),
  export: option('export', exportAttribute(), EXPORT_KINDS, 'view', (l) => t(l, 'option.everyDownload')),
} satisfies OptionSpecs;

/**
 * The most rows read from CSV or a table. Lines are not items (a long layout gives one line per cell, a KPI
 * file one line per value), so this is far above MAX_ITEMS, which then applies to the rows, actions or points.
 */
const MAX_SHEET_ROWS = MAX_ITEMS * 40;

/** Shown in the error panel; problems beyond this are one click away in a disclosure. */
const SHOWN_PROBLEMS = 20;

/** The most problems the disclosure draws: past this the panel says how many more there are. */
const DISCLOSED_PROBLEMS = 200;

/** An error's own words, shortened; never throws. */
function errorWords(error: unknown): string | undefined {
  try {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return text.length > 80 ? `${text.slice(0, 79)}…` : text;
  } catch {
    return undefined;
  }
}

/** A fault in the kit, as a problem: its own words (never translated), asking for a report. */
function faultProblem(path: string, error: unknown): Problem {
  const words = String(error);
  return { path, ...said((l) => t(l, 'widget.fault', { error: words })) };
}

/** Notes on how the data was read: their British English and their words in any locale (csv.ts `sheetNotesIn`). */
type ReadNotes = { notes?: readonly string[] | undefined; saidNotes?: readonly Said[] | undefined };

type Loaded =
  | { kind: 'doc'; value: unknown; label: string; notes?: readonly string[]; saidNotes?: readonly Said[] }
  | { kind: 'sheet'; sheet: Sheet; label: string }
  | { kind: 'problem'; problem: Problem; label: string };

/**
 * The base every widget extends: the data lifecycle (the data property, `src`, inline data or a table), the
 * `state` attribute and the error panel, the `ik-load` / `ik-error` events, theme tokens and the basics of
 * forced colours, reduced motion and print. The attributes, events, parts and tokens documented here are
 * every widget's: custom-elements.json lists them on each element as inherited.
 *
 * Data flows one way: load (property, `src`, inline data or a table) → read (select, pick, validate) → layout
 * (`build`: valid data and options → model) → view (`view`: model and the widget's UI state → what is shown)
 * → `renderView`, which only maps the view to a template. Each stage runs in `willUpdate` when something it
 * depends on changed: an option names its stage (options.ts), a `data`/`src` change is a load, and any other
 * reactive property (a filter, collapsed rows) is view state. A widget supplies its `shape`, its option
 * specs, `build()`, `view()` and `renderView()`; `S` is what its `ik-select` carries.
 *
 * @event {CustomEvent<IkLoadDetail>} ik-load - The widget reached `ready` or `empty`. `detail: { data, notes }`: the data as given (unknown keys kept), and the lines shown under the widget on how its file was read (`part="notice"`, for example "Read as Windows-1252 text …"), in the widget’s language; `notes` is empty when there are none.
 * @event {CustomEvent<IkErrorDetail>} ik-error - There are problems, whether or not the rest draws. `detail: { errors: [{ path, message, where?, status? }] }`: `where` is the place in the editor's words (`Row "Overall effectiveness", column "Safeguarding"`), `path` the exact path (`path: 'src'` and the HTTP `status` for a failed fetch).
 *
 * @csspart error - The error panel.
 * @csspart message - The loading and empty messages (which also carry `base`).
 * @csspart retry - The Retry button of a failed fetch.
 * @csspart downloads - The Download control after the chart and its table (`export` attribute): a disclosure whose buttons download the data (CSV, Excel) or the image (SVG, PNG), each named by its type and size, and copy the image where the browser allows.
 * @csspart notice - A line under the drawn widget saying how a CSV or JSON file was read when its encoding or separator was worked out ("Read as Windows-1252 text …").
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
 * @cssprop [--ik-grade-middle=#ffdd00] - Middle grade tone on scales of five or more grades, such as Expected standard on a report card (judgement grid).
 * @cssprop [--ik-space=8px] - Spacing unit.
 * @cssprop [--ik-max-height=none] - Opt-in height cap for a table (judgement grid, RAG matrix): it then scrolls inside the widget, which says how many rows are below. By default a table is drawn at full height.
 */
export abstract class IkElement<
  T extends object,
  M,
  V extends ViewBase = ViewBase,
  O extends OptionsOf<typeof BASE_OPTIONS> = OptionsOf<typeof BASE_OPTIONS>,
  S = never,
> extends LitElement {
  static override styles = [baseStyles, exportStyles];

  /**
   * The version of the kit this widget's class comes from: a second copy of the kit on the page names it in
   * its warning (src/base/define.ts).
   */
  static readonly kitVersion: string = KIT_VERSION;

  /** The data as an object (docs/reference.md §5); takes precedence over `src` and inline data. */
  @property({ attribute: false }) data?: unknown;

  /** URL of a JSON or CSV file (http, https or relative). */
  @property({ reflect: true }) src?: string;

  /** `csv` or `json`: how to read `src` when its address and content type do not say. */
  @property({ reflect: true }) format?: string;

  /** A dotted path (`inspection2010` or `report.kpis.0`) picking part of a larger document. */
  @property({ reflect: true }) select?: string;

  /**
   * `1` to `6`: the widget's title is a heading of that level, so it takes its place in the page's outline
   * (as a GOV.UK summary card's title does). None by default: the title is a paragraph.
   */
  @property({ attribute: 'heading-level', reflect: true }) headingLevel?: string | number;

  /**
   * `light` or `dark`: pins the widget's colours (docs/reference.md, Themes). Without it the widget follows the
   * page's `prefers-color-scheme`. Print is always light.
   */
  @property({ reflect: true }) theme?: string;

  /**
   * The downloads offered after the chart and its table: `none`, or any of `csv xlsx svg png` (spaces or
   * commas between). All four by default.
   */
  @property({ reflect: true }) export?: string;

  /** `loading`, `ready`, `empty` or `error`; reflected so pages can style on it. Read-only. */
  @property({ reflect: true }) state: WidgetState = 'loading';

  /** Every problem found: loading, validation and in-place (bad grades, periods…). */
  @state() protected problems: Problem[] = [];

  /** The valid data, once read. */
  @state() protected input?: T;

  /** The model drawn, once built. */
  protected model?: M;

  /** What is shown of the model, for the UI state now (from `view`). */
  protected displayed?: V;

  /** The options read from the attributes (defaults where absent or not valid). */
  protected options = {} as O;

  /** Each option: its attribute, how it is read, its default and the stage it invalidates. */
  static optionSpecs: OptionSpecs = BASE_OPTIONS;

  /** Reactive properties that are not attributes but change the layout (the timeline's measured width). */
  protected static layoutStates: readonly string[] = [];

  /**
   * How many rows are drawn so far, for a view drawn in parts; undefined for the first part. The base steps it
   * after each part is drawn, and when new data comes keeps what was drawn, up to KEPT_CELLS (progress.ts).
   */
  @state() protected drawnRows?: DrawnRows;

  /**
   * The theme read from `theme`, as a custom state (`:host(:state(dark))` in the base styles): exactly what the
   * option reader accepted, so a value that is not valid gives the default. Browsers without custom states
   * follow `prefers-color-scheme` only.
   */
  #internals?: ElementInternals = this.attachInternals?.();

  #showTheme(theme: Theme | undefined): void {
    const states = this.#internals?.states;
    if (!states) return;
    try {
      for (const t of THEMES) {
        if (t === theme) states.add(t);
        else states.delete(t);
      }
    } catch {
      // Before custom states took plain names (Chromium 90–124 wanted `--dark`): the page's scheme applies.
    }
  }

  /**
   * The widget's direction, from its resolved locale (`textDirection`), as a custom state (`:host(:state(rtl))`
   * in the base styles): never the page's `direction`. Call again whenever the locale changes.
   */
  #showDirection(): void {
    // The language the widget's words are in (its catalogue's), not the page's: an Arabic page with no Arabic
    // catalogue gets English words, which stay left to right. English and Welsh never ask Intl.
    const lang = languageOf(this.locale);
    const rtl = lang !== 'en' && lang !== 'cy' && textDirection(lang) === 'rtl';
    try {
      if (rtl) this.#internals?.states.add('rtl');
      else this.#internals?.states.delete('rtl');
    } catch {
      // Before custom states took plain names: left to right, as the base styles say.
    }
  }

  /**
   * A custom state on the host (`:host(:state(card))` in a widget's styles): a setting shown to the styles
   * without an attribute set on every widget. Browsers before plain-named states (Chromium 90–124) keep the
   * attribute rules beside it.
   */
  protected showState(name: string, on: boolean): void {
    try {
      const states = this.#internals?.states;
      if (on) states?.add(name);
      else states?.delete(name);
    } catch {
      // Before custom states took plain names: the attribute rule applies.
    }
  }

  /** The locale: the nearest `lang`, or `en-GB`. */
  protected locale = 'en-GB';

  /** How this widget's data is read. */
  protected abstract get shape(): Shape<T>;

  /** Turns valid data into the model to draw, by the options; pure. `path` is where the data sat in the document. */
  protected abstract build(input: T, path: string, options: O): Built<M>;

  /** What is shown of the model for the widget's UI state (filters, collapsed rows, the part drawn); pure. */
  protected abstract view(model: M): V;

  /** Maps the view to a template (state `ready`). */
  protected abstract renderView(view: V): TemplateResult;

  /** What is shown, as a table to export (core/export/table.ts); pure. None for a widget that exports nothing. */
  protected exportTable(_view: V): ExportTable | undefined {
    return undefined;
  }

  /** The chart drawn above the table in the exported image, and whether the table is drawn too. */
  protected exportImage(_view: V): { chart?: Drawing; table?: boolean } {
    return {};
  }

  /** True for a widget that places the Download control itself (the inline sparkline: under its data table). */
  protected ownsDownloads(): boolean {
    return false;
  }

  readonly #downloads = new Downloads(
    this,
    () => {
      const table = this.#exported();
      return table && { name: table.name, alt: table.summary };
    },
    () => this.locale,
  );

  #exported(): ExportTable | undefined {
    return this.state === 'ready' && this.displayed ? this.exportTable(this.displayed) : undefined;
  }

  /** The Download control (export.ts), as the `export` attribute allows. */
  protected renderDownloads(): TemplateResult | typeof nothing {
    return this.#downloads.render(this.options.export ?? EXPORT_KINDS);
  }

  /**
   * What the widget shows, as CSV (RFC 4180, one header row; no byte order mark, which the downloaded file
   * has): the rows after `select`, filters and collapsed rows; a text cell starting with `=`, `+`, `-`, `@`, a
   * tab or a carriage return has an apostrophe put before it; a number is written as a number. Empty until
   * the widget is `ready`.
   */
  toCSV(): string {
    const table = this.#exported();
    return table ? writeCsv(table.columns, table.rows) : '';
  }

  /**
   * The widget as an SVG document, drawn from what it shows: title, source, "as of" date, summary, chart,
   * table and key, every mark with its shape and letter, colours and font from its tokens; its `<desc>` is the
   * alternative text. Empty until the widget is `ready`.
   */
  toSVG(): string {
    const table = this.#exported();
    if (!table) return '';
    const { palette, font } = exportLook(this);
    return svgOf(this.#drawing(table, font), palette, font, table.title ?? table.name, table.summary);
  }

  /** The same image as `toSVG()`, as a PNG at twice its size (for print). Rejects until the widget is `ready`. */
  async toPNG(): Promise<Blob> {
    const table = this.#exported();
    if (!table) throw new Error(`There is no image to make: the widget is ${this.state}`);
    return png(this, this.#drawing(table, exportLook(this).font));
  }

  /** The table of `toCSV()` as an Excel workbook: numbers as numbers, everything else as text. */
  async toXLSX(): Promise<Blob> {
    const table = this.#exported();
    if (!table) throw new Error(`There is no table to write: the widget is ${this.state}`);
    const { writeXlsx } = await import('../core/export/xlsx.js');
    return new Blob([writeXlsx(table) as Uint8Array<ArrayBuffer>], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  }

  #drawing(table: ExportTable, font: string): Drawing {
    const image = this.displayed ? this.exportImage(this.displayed) : {};
    return drawExport(table, measurer(font), image.chart, image.table === false ? { table: false } : {});
  }

  /** Picks the widget's part of a document after `select` (the sparkline's `ref`). */
  protected pick(doc: unknown, path: string): Picked {
    return { ok: true, value: doc, path };
  }

  #generation = 0;
  #abort?: AbortController;
  /** Holds the fetched answer this widget shows (shared.ts): aborted when it is removed or loads again. */
  #hold?: AbortController;
  #loaded?: Loaded;
  #inputPath = '';
  /** The data as given (after select and ref), unknown keys and all: what ik-load reports. */
  #given: unknown;
  #inputProblems: Problem[] = [];
  /** Attributes with values that are not valid (their defaults are used). */
  #optionProblems: Problem[] = [];
  #origins: ReadonlyMap<string, string> = new Map();
  #fetchFailure?: FetchError;
  #needsLoad = true;
  #announce = false;
  /** Only the problems changed (an attribute), not the data: ik-error without ik-load. */
  #announceProblems = false;
  #observer?: MutationObserver;
  /** The Retry button was pressed: the next load is the user's (`pending`), and how it ended. */
  #retry: 'none' | 'pending' | 'failed' | 'loaded' = 'none';
  #retryAsked = false;
  /** Focus is to be put back in the widget once the retried load ends (the button it was on is gone). */
  #refocus = false;
  /** The words of the polite status message: what changed about the data, in one short sentence. */
  #spoken = '';
  /** Whether the loading message's ring turns (spinner.ts: only after a moment, a few on a page at once). */
  #spinner = new LoadingSpinner(() => this.requestUpdate());

  /** The page's languages may have changed (language.ts): a new nearest `lang` draws the widget again in it. */
  readonly #language = {
    languageChanged: () => {
      const locale = localeOf(this);
      if (locale === this.locale) return;
      this.locale = locale;
      this.#showDirection();
      this.#relocalised = true;
      this.requestUpdate();
    },
  };
  #relocalised = false;

  override connectedCallback(): void {
    super.connectedCallback();
    const locale = localeOf(this);
    // Moved to a part of the page in another language while away: drawn again in it.
    if (locale !== this.locale && this.hasUpdated) this.#relocalised = true;
    this.locale = locale;
    this.#showDirection();
    watchLanguage(this.#language, this);
    // Inline data or a table may be added after the element (frameworks, CMS editors): watch for it, but only
    // when there is no data property or src to read instead (a scorecard of 500 sparklines needs no observers).
    if (this.data === undefined && !this.src) {
      this.#observer ??= new MutationObserver(() => {
        if (this.data === undefined && !this.src) this.#reload();
      });
      this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    }
    if (!this.#loaded || this.#fetchPending()) this.#reload();
    this.#spinner.loading(this.state === 'loading');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this.#language);
    this.#observer?.disconnect();
    this.#spinner.stop();
    if (this.#fetchPending()) {
      // Removed mid-fetch: abandon the request; it starts again if the element comes back.
      this.#abort?.abort();
      this.#loaded = undefined;
    }
    // The page's copy of the file is kept only while a connected widget uses it; this one keeps what it read.
    this.#hold?.abort();
    this.#hold = undefined;
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
    const specs = (this.constructor as typeof IkElement).optionSpecs;
    const layoutStates = (this.constructor as typeof IkElement).layoutStates;
    let stage: Stage | undefined = this.#needsLoad || this.#loadedChanged ? 'load' : undefined;
    let load = this.#needsLoad;
    let optionsChanged = !this.hasUpdated;
    // A new language: the layout and view are made again in it (their words come from the catalogue).
    const relocalised = this.#relocalised;
    this.#relocalised = false;
    // Read again: bilingual text in the data is read in the new language. Not news for ik-load.
    const readForLanguage = relocalised && stage === undefined;
    if (relocalised) stage = earlier(stage, 'read');
    for (const key of changed.keys() as Iterable<PropertyKey>) {
      const spec = typeof key === 'string' ? specs[key] : undefined;
      if (spec) optionsChanged = true;
      const keyStage = this.#stageOf(key, spec, layoutStates);
      if (keyStage === 'load') load = true;
      stage = earlier(stage, keyStage);
    }
    if (optionsChanged) {
      const read = readOptions(specs, this);
      this.options = read.options as O;
      const said = (list: Problem[]) => list.map((p) => `${p.path}: ${p.message}`).join('\n');
      // A setting put wrong (or right) after the data was read is news for ik-error too.
      if (this.hasUpdated && said(read.problems) !== said(this.#optionProblems))
        this.#announceProblems = true;
      this.#optionProblems = read.problems;
      this.#showTheme(this.options.theme);
    }
    if (load) {
      this.#needsLoad = false;
      this.#startLoad();
    }
    if (stage === 'load' || stage === 'read' || this.#loadedChanged) {
      this.#loadedChanged = false;
      this.#read();
      stage = 'layout';
      // New data keeps the rows drawn, up to KEPT_CELLS, updated in place in one update; the rest comes in parts
      // as on a first draw. A layout change alone (a setting, the timeline's width) keeps all that is drawn, so
      // the row in focus stays on the page.
      this.drawnRows = keptRows(this.displayed?.progress);
      // ik-load / ik-error are about the data: announced when it was read again, not on every redraw (nor when
      // only the language changed).
      if (!readForLanguage) this.#announce = true;
    }
    if (stage === 'layout') {
      this.#rebuild();
      if (this.#announce) this.#announce = this.state !== 'loading' && this.#loaded !== undefined;
    } else if (this.#announceProblems) this.#collectProblems();
    if (stage !== undefined) this.#refreshView();
    if (this.#retry === 'pending' && this.state !== 'loading')
      this.#retry = this.#fetchFailure ? 'failed' : 'loaded';
    if (relocalised && this.#spoken) this.#spoken = this.#sentence();
    if (this.#announce || this.#announceProblems) {
      this.#spoken = this.#sentence();
      // Said once: a later change of settings is not "loaded" again.
      if (this.#retry === 'loaded') this.#retry = 'none';
    }
  }

  /**
   * What the polite status message says once the data is read (WCAG 4.1.3): one short sentence, never the
   * list of problems, which stays in the panel to be read. A failed Retry is an alert instead (the panel's
   * heading), since the user asked for it.
   */
  #sentence(): string {
    if (this.state === 'loading' || this.#retry === 'failed') return '';
    const count = this.problems.length;
    const l = this.locale;
    const said =
      count === 0
        ? ''
        : this.#fetchFailure
          ? t(l, 'spoken.notLoaded')
          : this.state === 'error'
            ? t(l, 'spoken.notShown', { count })
            : count === this.#optionProblems.length
              ? t(l, 'spoken.settings', { count })
              : t(l, 'spoken.problems', { count });
    return this.#retry === 'loaded' ? `${t(l, 'spoken.loaded')}${said ? ` ${said}` : ''}` : said;
  }

  /** Where focus goes after Retry: the Retry button again, else the widget's content, else its message. */
  #restoreFocus(): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    const active = root.activeElement;
    // Only when focus was lost with the button, or is still in the widget: never taken from elsewhere.
    if (active !== null && active !== this && active !== this.ownerDocument.body) {
      this.#refocus = false;
      return;
    }
    const shadow = this.renderRoot as ShadowRoot;
    const target =
      this.state === 'loading'
        ? shadow.querySelector<HTMLElement>('.message')
        : (shadow.querySelector<HTMLElement>('button.retry') ??
          shadow.querySelector<HTMLElement>('[part~="base"]') ??
          shadow.querySelector<HTMLElement>('[part~="error"]'));
    if (this.state !== 'loading') this.#refocus = false;
    if (!target) return;
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) {
      // Focusable only for this move, so it does not become a stop when clicked later.
      target.tabIndex = -1;
      target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    }
    target.focus();
  }

  #onRetry(): void {
    this.#retryAsked = true;
    this.#refocus = true;
    this.reload();
  }

  /** The stage a changed property invalidates: a source's is `load`, an option's its own, a reactive state's `view`. */
  #stageOf(
    key: PropertyKey,
    spec: OptionSpec<unknown> | undefined,
    layoutStates: readonly string[],
  ): Stage | undefined {
    if (key === 'data' || key === 'src') return 'load';
    if (spec) return spec.stage;
    if (layoutStates.includes(String(key))) return 'layout';
    // The reflected state is the pipeline's output, not an input.
    return key === 'state' ? undefined : 'view';
  }

  #refreshView(): void {
    this.displayed = undefined;
    this.#downloads.reset();
    if (this.state !== 'ready' || this.model === undefined) return;
    try {
      this.displayed = this.view(this.model);
    } catch (error) {
      this.#drawFailure(error);
    }
  }

  /** A widget's layout, view or template must never break the page: what failed becomes a problem. */
  #drawFailure(error: unknown): void {
    this.model = undefined;
    this.displayed = undefined;
    this.problems = [...this.problems, faultProblem(this.#inputPath || 'data', error)];
    this.state = 'error';
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
    this.#retry = this.#retryAsked ? 'pending' : 'none';
    this.#retryAsked = false;
    this.#spoken = '';
    this.#abort?.abort();
    this.#abort = undefined;
    this.#hold?.abort();
    this.#hold = undefined;
    this.#fetchFailure = undefined;
    if (this.data !== undefined) {
      this.#setLoaded({ kind: 'doc', value: this.data, label: 'the data property' });
      return;
    }
    if (this.src) {
      const checked = checkUrl(this.src, this.ownerDocument.baseURI);
      if (!checked.ok) {
        this.#fetchFailure = new FetchError(checked.message, this.src, undefined, checked.say);
        this.#setLoaded({
          kind: 'problem',
          problem: { path: 'src', ...saidOf(checked) },
          label: this.src,
        });
        return;
      }
      const controller = new AbortController();
      this.#abort = controller;
      this.#hold = controller;
      this.#setLoaded(undefined);
      fetchShared(checked.url, controller.signal).then(
        (fetched) => {
          if (generation !== this.#generation) return;
          this.#abort = undefined;
          this.#setLoaded(this.#parseFetched(fetched));
          // Read and drawn in a task of its own: a large file's parsing and its reading would be one long task.
          void nextTask().then(() => {
            if (generation === this.#generation) this.requestUpdate();
          });
        },
        (error: unknown) => {
          if (generation !== this.#generation || controller.signal.aborted) return;
          this.#abort = undefined;
          const failure = error instanceof FetchError ? error : new FetchError(String(error), checked.url);
          this.#fetchFailure = failure;
          // The address is the place; the message says what failed and what to do (the kit's words follow the
          // place; an error's own English is made to).
          const { url } = failure;
          const problem: Problem = {
            path: 'src',
            ...saidWhere((l) => t(l, 'place.file', { url })),
            message: `${failure.message[0]!.toLowerCase()}${failure.message.slice(1)}`,
            ...(failure.say ? { say: failure.say } : {}),
          };
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

  /** The fetched file as parsed once for every widget showing it (parsed.ts): frozen, read, never changed. */
  #parseFetched(fetched: Fetched): Loaded {
    const parsed = parseFetched(fetched, isCsv(fetched, this.options.format));
    return parsed.kind === 'problem'
      ? { kind: 'problem', problem: { ...parsed.problem }, label: fetched.url }
      : { ...parsed, label: fetched.url };
  }

  /**
   * Loaded document → select → pick → valid input with its problems. Whatever the data is (a Proxy that
   * throws, an object that contains itself), reading it never throws: a failure is a problem in the panel.
   */
  #read(): void {
    try {
      this.#readLoaded();
    } catch (error) {
      this.input = undefined;
      this.#given = undefined;
      this.#inputProblems = [
        {
          path: 'data',
          ...said((l) =>
            t(l, 'widget.readFailed', { error: errorWords(error) ?? t(l, 'widget.errorUnshown') }),
          ),
        },
      ];
    }
  }

  #readLoaded(): void {
    this.input = undefined;
    this.#given = undefined;
    this.#inputProblems = [];
    this.#origins = new Map();
    this.#inputPath = '';
    this.#readingNotes = {};
    this.#otherLanguage = new Map();
    const lang = languageOf(this.locale);
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
      // How the text was read (an encoding or separator worked out), and rows it could not read whole.
      this.#readingNotes = sheet;
      for (const p of sheet.problems ?? []) problems.push(p);
      if (sheet.rows.length > MAX_SHEET_ROWS) {
        const rest = sheet.rows.length - MAX_SHEET_ROWS;
        problems.push({
          path: `${sheet.source} row ${sheet.rows[MAX_SHEET_ROWS]!.row}`,
          ...said((l) => t(l, 'widget.rowsNotRead', { rest, most: MAX_SHEET_ROWS })),
        });
        sheet = { ...sheet, rows: sheet.rows.slice(0, MAX_SHEET_ROWS) };
      }
      // `title_cy` columns: the widget's language, the other where its own is not given.
      const built = this.shape.fromSheet(pickSheetLanguage(sheet, lang, this.#otherLanguage), this);
      doc = built.value;
      origins = built.origins;
      problems.push(...built.problems);
      if (this.options.select) {
        problems.push({ path: 'select', ...said((l) => t(l, 'widget.selectOnTable')) });
      }
    } else {
      doc = loaded.value;
      // How a fetched file that was not UTF-8 was read (decode.ts).
      this.#readingNotes = loaded;
      if (this.options.select) {
        const selected = selectPath(doc, this.options.select);
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
      // A table that could not be read has no indicator to pick: its own problem says why, and is enough.
      const failed =
        loaded.kind === 'sheet' && problems.length > 0 ? problems : [...problems, picked.problem];
      this.#inputProblems = relocate(placed(failed, doc, path, this.locale), origins);
      return;
    }
    // Another widget's data, or the wrong part of a report: refused, naming what would work (recognise.ts).
    const wrong =
      loaded.kind === 'doc' &&
      this.shape.kind !== undefined &&
      wrongShape(this.shape.kind, loaded.value, picked.value, picked.path, this.options.select);
    if (wrong) {
      this.#inputProblems = [wrong];
      return;
    }
    problems.push(...(picked.problems ?? []));
    this.#given = picked.value;
    const read = readWith(this.shape.schema, picked.value, picked.path, {
      lang,
      otherLanguage: this.#otherLanguage,
    });
    this.input = read.value;
    this.#inputPath = picked.path;
    this.#origins = origins;
    this.#inputProblems = relocate(
      placed([...problems, ...read.problems], picked.value, picked.path, this.locale),
      origins,
    );
  }

  #buildProblems: Problem[] = [];
  /** Texts of bilingual data read in the other language (their own was not given): drawn with their `lang`. */
  #otherLanguage = new Map<string, string>();
  /** The elements given a `lang` for such a text after the last update. */
  #marked = new Set<Element>();

  /**
   * Puts `lang` on each element whose whole text is one read in another language (WCAG 3.1.2), so that a screen
   * reader says it in that language's voice; taken off again once the element shows other words.
   */
  #markLanguages(): void {
    for (const el of this.#marked) el.removeAttribute('lang');
    this.#marked.clear();
    if (this.#otherLanguage.size === 0) return;
    const walker = this.ownerDocument.createTreeWalker(this.renderRoot, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const lang = text ? this.#otherLanguage.get(text) : undefined;
      const parent = node.parentElement;
      if (!lang || !parent || parent.textContent?.trim() !== text || parent.hasAttribute('lang')) continue;
      parent.setAttribute('lang', lang);
      this.#marked.add(parent);
    }
  }
  /** Facts about how the data was read (csv.ts `Sheet.notes`, decode.ts `jsonReadingNote`), shown under the drawn widget. */
  #readingNotes: ReadNotes = {};

  /** Every problem, settings first; a problem with the whole document is named "data", the editor's word. */
  #collectProblems(): void {
    this.problems = capProblems([
      ...this.#optionProblems,
      ...this.#inputProblems,
      ...this.#buildProblems,
    ]).map((p) => problemIn(p.path === '' ? { ...p, path: 'data' } : p, this.locale));
  }

  #rebuild(): void {
    let buildProblems: Problem[] = [];
    this.#buildProblems = [];
    let empty = true;
    this.model = undefined;
    if (this.input) {
      try {
        const built = this.build(this.input, this.#inputPath, this.options);
        this.model = built.model;
        buildProblems = relocate(
          placed(built.problems, this.#given, this.#inputPath, this.locale),
          this.#origins,
        );
        empty = built.empty;
      } catch (error) {
        // A widget's layout must never break the page: report it as a problem instead.
        buildProblems = [faultProblem(this.#inputPath || 'data', error)];
        this.model = undefined;
      }
    }
    this.#buildProblems = buildProblems;
    this.#collectProblems();
    if (this.#abort) this.state = 'loading';
    else if (!this.#loaded) this.state = 'empty';
    // A setting that is not valid falls back to its default: it never makes valid data an error.
    else if (!this.input || !this.model || (empty && this.problems.length > this.#optionProblems.length))
      this.state = 'error';
    else this.state = empty ? 'empty' : 'ready';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#markLanguages();
    // Busy while a fetch is under way; the loading message itself is no live region (16 widgets on a page
    // would each say "Loading…" at once).
    if (this.state === 'loading') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    if (this.isConnected) this.#spinner.loading(this.state === 'loading');
    if (this.#refocus) this.#restoreFocus();
    const failure = this.#renderFailure;
    if (failure !== undefined) {
      this.#renderFailure = undefined;
      // After this update, not inside it: the state changes once and draws the panel.
      queueMicrotask(() => this.#drawFailure(failure));
    }
    const progress = this.displayed?.progress;
    if (progress?.more) {
      // The next part is drawn in an update of its own, in the first task after the next frame: one part a
      // frame, so no frame styles and lays out more than a part (never from inside an update, which would
      // draw everything in one long task).
      const displayed = this.displayed;
      const part = afterNextFrame().then(() => {
        if (this.#nextPart === part) this.#nextPart = undefined;
        if (this.displayed === displayed) this.drawnRows = progress.next;
      });
      this.#nextPart = part;
    }
    const problemsOnly = this.#announceProblems && !this.#announce;
    this.#announceProblems = false;
    if (problemsOnly) {
      if (this.#loaded !== undefined && this.state !== 'loading' && this.problems.length > 0)
        this.emit('ik-error', { errors: this.problems });
      return;
    }
    if (!this.#announce) return;
    this.#announce = false;
    if (this.#loaded === undefined) return;
    if (this.state === 'ready' || this.state === 'empty') {
      this.emit('ik-load', {
        data: this.#given,
        notes: sheetNotesIn(this.#readingNotes, this.locale),
      });
    }
    if (this.problems.length > 0) this.emit('ik-error', { errors: this.problems });
  }

  /** Updates are time-sliced with every other widget's (scheduler.ts). */
  protected override scheduleUpdate(): Promise<void> | undefined {
    // The widget's words, where this build loads them on first need (the lazy loader's Welsh): drawn once
    // they are here, never in English first.
    const words = catalogueReady(this.locale);
    if (words) return words.then(() => this.scheduleUpdate());
    return schedule(() => {
      super.scheduleUpdate();
    });
  }

  /** The wait for the frame after which the next part is drawn (scheduler.ts `afterNextFrame`). */
  #nextPart?: Promise<void>;

  /** True while a widget is still drawing its rows in parts; `updateComplete` waits for the last part. */
  protected drawingMore(): boolean {
    return this.displayed?.progress?.more === true;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.drawingMore() && (this.isUpdatePending || this.#nextPart)) {
      if (this.#nextPart) await this.#nextPart;
      complete = await super.getUpdateComplete();
    }
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
    return this.#loaded ? t(this.locale, 'state.empty') : t(this.locale, 'state.noData');
  }

  override render(): TemplateResult {
    // The status message stays in place through every state, so that a change of its words is announced.
    return html`${this.#renderState()}<p class="visually-hidden" role="status">${this.#spoken}</p>`;
  }

  #renderState(): TemplateResult | typeof nothing {
    switch (this.state) {
      case 'loading':
        return html`<p part="base message" class=${this.#spinner.turning ? 'message loading turning' : 'message loading'}>${t(this.locale, 'state.loading')}</p>`;
      case 'empty':
        return html`<p part="base message" class="message">${this.emptyMessage()}</p>`;
      case 'error':
        return this.renderProblems();
      default:
        return html`${this.#renderDisplayed()}${this.ownsDownloads() ? nothing : this.renderDownloads()}${sheetNotesIn(this.#readingNotes, this.locale).map((n) => html`<p part="notice" class="notice">${n}</p>`)}${this.#renderLeftOut()}${this.renderProblems()}`;
    }
  }

  #renderFailure: unknown;

  /** Says which rows a view too large to draw left out (progress.ts MOST_CELLS_SHOWN), and what to do. */
  #renderLeftOut(): TemplateResult | typeof nothing {
    const progress = this.displayed?.progress;
    if (!progress || progress.left <= 0) return nothing;
    return html`<p part="notice" class="notice">
      ${t(this.locale, 'state.leftOut', { shown: progress.of - progress.left, of: progress.of })}
    </p>`;
  }

  #renderDisplayed(): TemplateResult | typeof nothing {
    if (this.displayed === undefined) return nothing;
    try {
      return this.renderView(this.displayed);
    } catch (error) {
      // Never throw from render: the failure becomes a problem, shown once this update is over.
      this.#renderFailure = error;
      return nothing;
    }
  }

  /** The error panel: every problem with its place; a Retry button when a fetch failed. */
  protected renderProblems(): TemplateResult | typeof nothing {
    if (this.problems.length === 0) return nothing;
    const failure = this.#fetchFailure;
    const count = this.problems.length;
    const l = this.locale;
    const heading = failure
      ? this.#retry === 'failed'
        ? t(l, 'problems.stillNotLoaded')
        : t(l, 'problems.notLoaded')
      : this.state === 'error'
        ? t(l, 'problems.notShown', { count })
        : count === this.#optionProblems.length
          ? t(l, 'problems.settings', { count })
          : t(l, this.#optionProblems.length ? 'problems.partsOrSettings' : 'problems.parts', { count });
    // The place in the editor's words first, then what is wrong and what to do; the exact path last, for
    // whoever maintains the file.
    const item = (p: Problem) => {
      const detail = p.where === undefined ? undefined : pathWords(p.path, l);
      const { place, join } = problemPlace(p, l);
      return html`<li>
        <span class="problem-where">${place}</span>${join}${p.message}${
          detail === undefined ? nothing : html`<span class="problem-path">${detail}</span>`
        }
      </li>`;
    };
    const shown = this.problems.slice(0, SHOWN_PROBLEMS);
    const rest = this.problems.slice(SHOWN_PROBLEMS);
    const disclosed = rest.slice(0, DISCLOSED_PROBLEMS);
    const undrawn = rest.length - disclosed.length;
    // Shown, not shouted: the status message says how many there are; only a failed Retry is an alert.
    return html`<div part="error" class="problems">
      <p class="problems-heading" role=${this.#retry === 'failed' ? 'alert' : nothing}>${heading}</p>
      <ul>
        ${shown.map(item)}
      </ul>
      ${
        rest.length
          ? html`<details>
            <summary>${t(l, 'problems.more', { count: rest.length })}</summary>
            <ul>
              ${disclosed.map(item)}
            </ul>
            ${undrawn > 0 ? html`<p>${t(l, 'problems.unlisted', { count: undrawn })}</p>` : nothing}
          </details>`
          : nothing
      }
      ${failure ? html`<button type="button" class="retry" part="retry" @click=${() => this.#onRetry()}>${t(l, 'problems.retry')}</button>` : nothing}
    </div>`;
  }
}
