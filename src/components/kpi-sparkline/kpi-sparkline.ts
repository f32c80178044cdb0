import { html, nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { BASE_OPTIONS, type Built, IkElement, type Shape } from '../../base/ik-element.js';
import { mark } from '../../base/marks.js';
import { markStyles } from '../../base/marks.styles.js';
import { type OptionsOf, option } from '../../base/options.js';
import { CHART_KEYS, rovingMove } from '../../base/roving.js';
import { renderTitle } from '../../base/title.js';
import type { Drawing } from '../../core/export/draw.js';
import type { ExportTable } from '../../core/export/table.js';
import { DEFAULT_NUMBER_STYLE, NUMBER_STYLES } from '../../core/format.js';
import { t, tParts } from '../../core/i18n/index.js';
import type { Picked } from '../../core/load/select.js';
import { oneOf, string } from '../../core/schema.js';
import { isKpiEmpty, type KpiData, kpi, kpisFromSheet, pickRef } from '../../core/shapes/kpi.js';
import type { Trend } from '../../core/status.js';
import {
  CARD_SIZE,
  exportKpi,
  INLINE_SIZE,
  type KpiModel,
  kpiChart,
  layoutKpi,
} from './kpi-sparkline.layout.js';
import { kpiSparklineStyles } from './kpi-sparkline.styles.js';
import { type KpiView, viewKpi } from './kpi-sparkline.view.js';

/** What `ik-select` carries for a point. */
export interface KpiSelectDetail {
  row: { ref?: string; title?: string };
  period: string;
  value: number | null;
  provisional: boolean;
  target?: number;
}

declare module '../../base/events.js' {
  interface IkSelectDetails {
    'ik-kpi-sparkline': KpiSelectDetail;
  }
}

const KPI_OPTIONS = {
  ...BASE_OPTIONS,
  ref: option('ref', string(), undefined, 'read'),
  variant: option('variant', oneOf(['inline', 'card'] as const), 'inline', 'layout'),
  numberStyle: option('number-style', oneOf(NUMBER_STYLES), DEFAULT_NUMBER_STYLE, 'layout'),
};
type KpiOptions = OptionsOf<typeof KPI_OPTIONS>;

/**
 * One indicator's recent values with its target line, latest value, status and direction of travel.
 * Inline by default (fits a table cell); `variant="card"` adds the ref, title, target, baseline, status and
 * trend in words and the data-quality note. The chart is a group (announced as a chart) named by a plain-English
 * sentence (latest value against the target, trend, span, highest and lowest, baseline, comparators, data
 * quality) and described by its keys; arrow keys, Home and End move between points, each spoken in a polite live
 * region and shown in a tooltip that can be hovered and is closed by Escape. "Show data" reveals the values as
 * a table.
 *
 * @summary An indicator's trend with its target line.
 *
 * @event {CustomEvent<KpiSelectDetail>} ik-select - A point was chosen by click, tap, Enter or Space. `detail: { row, period, value, provisional, target? }`.
 *
 * @csspart base - The wrapper (inline) or the card.
 * @csspart chart - The chart.
 * @csspart mark - The status shape.
 * @csspart table - The data table shown by "Show data".
 */
export class IkKpiSparkline extends IkElement<KpiData, KpiModel, KpiView, KpiOptions, KpiSelectDetail> {
  static override styles = [...IkElement.styles, markStyles, kpiSparklineStyles];
  static override optionSpecs = KPI_OPTIONS;

  /**
   * Picks the indicator whose `ref` matches from a document holding `{ "kpis": [...] }`; from an Explore Education
   * Statistics file, the area and indicator column, `Leeds: rereferral_percent` (filter values after it).
   */
  @property({ reflect: true }) ref?: string;

  /** `inline` (default: fits a table cell) or `card`. Not reflected: the card is the host's `card` state. */
  @property() variant: string = 'inline';

  /**
   * How numbers and periods are written in the words: `govuk` (default: the GOV.UK style guide's A to Z,
   * `£1.2 million`, `percentage points`, `Q4 2009/10 (January to March 2010)`, `2009 to 2010`) or `plain` (the
   * forms as written: `£1,200,000`, `points`, `Q4 2009/10`, `2009/10`).
   */
  @property({ attribute: 'number-style' }) numberStyle: string = DEFAULT_NUMBER_STYLE;

  /** Reflected, read-only: `red`, `amber`, `green` or `none` (no target, or no value). */
  @property({ reflect: true }) status: 'red' | 'amber' | 'green' | 'none' = 'none';

  /**
   * Reflected, read-only: `improving` or `worsening` when the data's polarity says which way is better;
   * `increasing` or `decreasing` when it does not; `no-change`; or `none` (fewer than two values).
   */
  @property({ reflect: true }) trend: Trend = 'none';

  /** The point shown in the tooltip (keyboard, pointer or touch). */
  @state() private active?: number;

  @state() private showData = false;

  /** Whether the active point was reached by a key (the live region speaks it then, not on hover). */
  @state() private spoken = false;

  /** Whether the chart has focus: the live region is drawn only then, one per page rather than one per chart. */
  @state() private focused = false;

  /** Escape hid the tooltip: it stays hidden until the pointer leaves the chart or a key moves. */
  #dismissed = false;

  /** Escape hides a tooltip shown by hover too, wherever focus is (WCAG 1.4.13): listened for only while one shows. */
  #onWindowKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.active === undefined) return;
    this.active = undefined;
    this.spoken = false;
    this.#dismissed = true;
  };
  #listening = false;

  protected get shape(): Shape<KpiData> {
    return { kind: 'kpi', schema: kpi, fromSheet: (sheet) => kpisFromSheet(sheet, this.options.ref) };
  }

  protected override pick(doc: unknown, path: string): Picked {
    return pickRef(doc, this.options.ref, path);
  }

  protected build(input: KpiData, path: string, options: KpiOptions): Built<KpiModel> {
    const { model, problems } = layoutKpi(input, path, {
      locale: this.locale,
      size: options.variant === 'card' ? CARD_SIZE : INLINE_SIZE,
      numberStyle: options.numberStyle,
    });
    return { model, problems, empty: isKpiEmpty(input) };
  }

  protected view(model: KpiModel): KpiView {
    return viewKpi(model, {
      variant: this.options.variant,
      active: this.active !== undefined && this.active < model.points.length ? this.active : undefined,
      spoken: this.spoken,
      showData: this.showData,
      locale: this.locale,
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The setting as read (a variant that is not valid is the default, inline), for the host's styles.
    this.showState('card', this.options.variant === 'card');
    const model = this.state === 'ready' ? this.model : undefined;
    this.status = model?.status ?? 'none';
    this.trend = model?.trend ?? 'none';
    if (this.active !== undefined && (!model || this.active >= model.points.length)) this.active = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const showing = this.active !== undefined;
    if (showing !== this.#listening) {
      this.#listening = showing;
      if (showing) window.addEventListener('keydown', this.#onWindowKeydown);
      else window.removeEventListener('keydown', this.#onWindowKeydown);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.#onWindowKeydown);
    this.#listening = false;
  }

  protected override exportTable(view: KpiView): ExportTable {
    return exportKpi(view.model, this.locale);
  }

  /** The card's chart, at the card's size whatever the variant, and no table: the image is the card. */
  protected override exportImage(view: KpiView): { chart: Drawing; table: false } {
    const model =
      view.variant === 'card' || !this.input
        ? view.model
        : layoutKpi(this.input, '', {
            locale: this.locale,
            size: CARD_SIZE,
            numberStyle: this.options.numberStyle,
          }).model;
    return { chart: kpiChart(model, this.locale), table: false };
  }

  /** Inline, the Download control sits under the data table "Show data" opens, not in the line of text. */
  protected override ownsDownloads(): boolean {
    return this.options.variant !== 'card';
  }

  protected override emptyMessage(): string {
    return this.input ? t(this.locale, 'kpi.empty') : super.emptyMessage();
  }

  #select(model: KpiModel, index: number): void {
    const p = model.points[index];
    if (!p) return;
    const detail: KpiSelectDetail = {
      row: {
        ...(model.ref === undefined ? {} : { ref: model.ref }),
        ...(model.title === undefined ? {} : { title: model.title }),
      },
      period: p.period,
      value: p.value,
      provisional: p.provisional,
      ...(p.target === undefined ? {} : { target: p.target }),
    };
    this.emit('ik-select', detail);
  }

  #onKeydown(model: KpiModel, event: KeyboardEvent): void {
    const last = model.points.length - 1;
    if (last < 0) return;
    if (event.key === 'Escape') {
      this.active = undefined;
      this.spoken = false;
      this.#dismissed = true;
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const current = this.active ?? last;
      this.#dismissed = false;
      this.spoken = true;
      this.active = current;
      this.#select(model, current);
      return;
    }
    // The first arrow shows the latest point; the next ones step from it.
    const next = rovingMove(event.key, this.active, model.points.length, CHART_KEYS, last);
    if (next === undefined) return;
    event.preventDefault();
    this.#dismissed = false;
    this.spoken = true;
    this.active = next;
  }

  /** Whether an event happened on the tooltip (which the pointer may move onto and over, WCAG 1.4.13). */
  #onTip(event: Event): boolean {
    return event.composedPath().some((n) => n instanceof HTMLElement && n.classList.contains('tip'));
  }

  #nearest(model: KpiModel, event: PointerEvent): number | undefined {
    const svgEl = (event.currentTarget as HTMLElement).querySelector('svg');
    if (!svgEl || model.points.length === 0) return undefined;
    const box = svgEl.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * model.size.width;
    let best = 0;
    model.points.forEach((p, i) => {
      if (Math.abs(p.x - x) < Math.abs(model.points[best]!.x - x)) best = i;
    });
    return best;
  }

  // The lines are fixed paths in one template (a path with no `d` draws nothing): 500 sparklines would
  // otherwise build a template instance for each line of each.
  #renderChart(view: KpiView): TemplateResult {
    const { model, active } = view;
    const { width, height } = model.size;
    const card = view.variant === 'card';
    // An operable chart is a group, named by its sentence and described by its keys: not an image, whose
    // inside assistive technology never reads (WCAG 4.1.2). What a key reaches is spoken by a polite live
    // region, drawn while the chart has focus.
    return html`<span
        class="chart"
        part="chart"
        role="group"
        aria-roledescription=${t(this.locale, 'kpi.chart')}
        tabindex="0"
        aria-label=${model.sentence}
        aria-describedby="keys"
        @keydown=${(e: KeyboardEvent) => this.#onKeydown(model, e)}
        @focus=${() => {
          this.focused = true;
        }}
        @blur=${() => {
          this.active = undefined;
          this.spoken = false;
          this.focused = false;
        }}
        @pointermove=${(e: PointerEvent) => {
          if (this.#dismissed || this.#onTip(e)) return;
          this.spoken = false;
          this.active = this.#nearest(model, e);
        }}
        @pointerleave=${() => {
          this.#dismissed = false;
          if (this.shadowRoot?.activeElement === null) this.active = undefined;
        }}
        @click=${(e: PointerEvent) => {
          if (this.#onTip(e)) return;
          const i = this.#nearest(model, e);
          if (i === undefined) return;
          this.#dismissed = false;
          this.active = i;
          this.#select(model, i);
        }}
      >
        <svg
          class="plot"
          width=${card ? nothing : width}
          height=${card ? nothing : height}
          viewBox="0 0 ${width} ${height}"
          aria-hidden="true"
          focusable="false"
          >${
            model.band
              ? svg`<rect class="band" x="0" y=${model.band.y} width=${width} height=${model.band.height}></rect><path class="band-edge" d="M0,${model.band.y}H${width}M0,${model.band.y + model.band.height}H${width}"></path>`
              : nothing
          }${this.#renderConfidence(model)}<path class="baseline" d=${model.baselinePath || nothing}></path
          >${model.comparators.map((c) => svg`<path class="comparator" d=${c.path}></path>`)}<path
            class="target"
            d=${model.targetPath || nothing}
          ></path
          ><path class="line" d=${model.solid || nothing}></path
          ><path class="line dashed" d=${model.dashed || nothing}></path
          ><path class="point" d=${model.dots || nothing}></path
          ><path class="point provisional" d=${model.hollowDots || nothing}></path
          >${active?.y === undefined ? nothing : svg`<circle class="point active ${active.provisional ? 'provisional' : ''}" cx=${active.x} cy=${active.y} r="3.5"></circle>`}${active ? svg`<line class="focus-ring" x1=${active.x} x2=${active.x} y1="0" y2=${height}></line>` : nothing}</svg
        >
        ${
          view.tip
            ? // While the chart has focus its live region says these words, so the tooltip is not said again.
              html`<span class="tip" role="tooltip" aria-hidden=${this.focused ? 'true' : nothing}>${view.tip}</span>`
            : nothing
        }
      </span>
      <span id="keys" hidden>${view.keys}</span>
      ${this.focused ? html`<span class="announcement visually-hidden" role="status">${view.announcement}</span>` : nothing}`;
  }

  /** The confidence interval: a faint area, and its edges at the secondary text's contrast. */
  #renderConfidence(model: KpiModel): TemplateResult | typeof nothing {
    const c = model.confidence;
    if (!c) return nothing;
    return svg`<path class="confidence" d=${c.area || nothing}></path><path class="confidence-edge" d=${c.edges}></path>`;
  }

  /** The card's comparators, each said against the latest value: `Better than England (78%) by 3 percentage points`. */
  #renderComparisons(model: KpiModel): TemplateResult | typeof nothing {
    if (model.comparisons.length === 0) return nothing;
    return html`<dt>${t(this.locale, 'kpi.comparedWith')}</dt>
      ${model.comparisons.map((c) => html`<dd class="comparison">${c.words[0]!.toUpperCase()}${c.words.slice(1)}</dd>`)}`;
  }

  #renderStatus(view: KpiView, words: boolean): TemplateResult | typeof nothing {
    const status = view.status;
    if (!status) return words ? html`<span class="status-mark">${view.noStatus?.short}</span>` : nothing;
    return html`<span class="status-mark"
      >${mark(status)}<span class="letter" aria-hidden=${words ? 'true' : 'false'}
        >${status.letter}</span
      >${words ? html` <span>${status.word}</span>` : nothing}</span
    >`;
  }

  #renderTable(view: KpiView): TemplateResult | typeof nothing {
    if (!view.showData) return nothing;
    const { model } = view;
    const l = this.locale;
    return html`<table class="data" part="table" id="data">
      <caption>
        ${tParts(l, 'kpi.values', { name: model.ref ?? model.title ?? t(l, 'kpi.indicator') })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t(l, 'kpi.period')}</th>
          <th scope="col">${t(l, 'kpi.value')}</th>
          <th scope="col">${t(l, 'kpi.target')}</th>
          ${model.comparators.map((c) => html`<th scope="col">${c.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${view.table.map(
          (row) => html`<tr>
            <th scope="row">${row.period}</th>
            <td class="num">${row.value}</td>
            <td class="num">${row.target}</td>
            ${row.comparators.map((v) => html`<td class="num">${v}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  #renderToggle({ model }: KpiView): TemplateResult {
    return html`<button
      type="button"
      class="data-toggle"
      aria-expanded=${this.showData ? 'true' : 'false'}
      @click=${() => {
        this.showData = !this.showData;
      }}
    >
      <span class="chevron" aria-hidden="true"></span>${t(this.locale, 'kpi.showData')}<span class="visually-hidden">
        ${t(this.locale, 'kpi.showDataFor', { name: model.ref ?? model.title ?? t(this.locale, 'kpi.thisIndicator') })}</span
      >
    </button>`;
  }

  protected renderView(view: KpiView): TemplateResult {
    if (view.variant === 'card') return this.#renderCard(view);
    const { model } = view;
    return html`<span class="inline" part="base">
      ${this.#renderChart(view)}
      <span class="latest" aria-hidden="true">${model.latest ? model.latest.text : '–'}</span>
      <span aria-hidden="true">${this.#renderStatus(view, false)}</span>
      <span class="arrow" aria-hidden="true">${view.arrow}</span>
      ${model.latest ? html`<span class="print-only when">${view.latestWhen}</span>` : nothing}
      ${this.#renderToggle(view)} ${this.#renderTable(view)}${view.showData ? this.renderDownloads() : nothing}
    </span>`;
  }

  #renderCard(view: KpiView): TemplateResult {
    const { model } = view;
    const l = this.locale;
    return html`<div class="card" part="base">
      ${model.ref ? html`<p class="ref">${model.ref}</p>` : nothing}
      ${model.title ? renderTitle(model.title, this.options.headingLevel) : nothing}
      <p class="headline">
        <span class="big">${model.latest ? model.latest.text : t(l, 'kpi.noValueYet')}</span>
        ${this.#renderStatus(view, true)}
        <span class="arrow" aria-hidden="true">${view.arrow}</span>
      </p>
      ${model.latest ? html`<p>${view.latestWhen}</p>` : nothing}
      ${this.#renderChart(view)}
      <dl class="facts">
        <dt>${t(l, 'kpi.target')}</dt>
        <dd>
          ${
            model.targetText
              ? html`<span class=${model.range ? 'legend-band' : 'legend-line'} aria-hidden="true"></span>${model.range ? t(l, 'kpi.range', { target: model.targetText }) : model.targetText}`
              : t(l, 'kpi.noneGiven')
          }
        </dd>
        ${
          model.baselineText
            ? html`<dt>${t(l, 'kpi.baseline')}</dt>
              <dd>${model.baselineText}</dd>`
            : nothing
        }
        <dt>${t(l, 'kpi.status')}</dt>
        <dd>${view.status ? view.status.word : view.noStatus?.long}</dd>
        <dt>${t(l, 'kpi.trend')}</dt>
        <dd>${view.trendText}</dd>
        ${this.#renderComparisons(model)}
        ${
          model.owner
            ? html`<dt>${t(l, 'kpi.owner')}</dt>
              <dd>${model.owner}</dd>`
            : nothing
        }
      </dl>
      ${model.dataQuality ? html`<p class="quality">${t(l, 'kpi.dataQuality', { quality: model.dataQuality })}</p>` : nothing}
      <p>${this.#renderToggle(view)}</p>
      ${this.#renderTable(view)}
    </div>`;
  }
}
