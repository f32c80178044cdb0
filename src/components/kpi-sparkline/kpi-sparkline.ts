import { html, nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type Built, IkElement, type Shape } from '../../base/ik-element.js';
import { mark, statusLook } from '../../base/marks.js';
import { markStyles } from '../../base/marks.styles.js';
import { formatValue } from '../../core/format.js';
import { type Picked, pickRef } from '../../core/load.js';
import { isKpiEmpty, type KpiData, kpi, kpisFromSheet } from '../../core/shapes/kpi.js';
import { STATUS_LETTER, STATUS_WORD, type Trend } from '../../core/status.js';
import { CARD_SIZE, INLINE_SIZE, type KpiModel, layoutKpi, type PointModel } from './kpi-sparkline.layout.js';
import { kpiSparklineStyles } from './kpi-sparkline.styles.js';

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

const ARROW: Record<'up' | 'down' | 'flat', string> = { up: '↑', down: '↓', flat: '→' };

/**
 * One indicator's recent values with its target line, latest value, status and direction of travel.
 * Inline by default (fits a table cell); `variant="card"` adds the ref, title, target, baseline, status and
 * trend in words and the data-quality note. A screen reader hears one plain-English
 * sentence; "Show data" reveals the values as a table; each point can be reached by arrow keys.
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
export class IkKpiSparkline extends IkElement<KpiData, KpiModel, KpiSelectDetail> {
  static override styles = [...IkElement.styles, markStyles, kpiSparklineStyles];
  protected static override modelProperties = ['variant'];

  /** Picks the indicator whose `ref` matches from a document holding `{ "kpis": [...] }`. */
  @property({ reflect: true }) ref?: string;

  /** `inline` (default: fits a table cell) or `card`. */
  @property({ reflect: true }) variant: 'inline' | 'card' = 'inline';

  /** Reflected, read-only: `red`, `amber`, `green` or `none` (no target, or no value). */
  @property({ reflect: true }) status: 'red' | 'amber' | 'green' | 'none' = 'none';

  /** Reflected, read-only: `improving`, `worsening`, `no-change` or `none`. */
  @property({ reflect: true }) trend: Trend = 'none';

  /** The point shown in the tooltip (keyboard, pointer or touch). */
  @state() private active?: number;

  @state() private showData = false;

  protected get shape(): Shape<KpiData> {
    return { schema: kpi, fromSheet: (sheet) => kpisFromSheet(sheet) };
  }

  protected override readProperties(): readonly string[] {
    return ['ref'];
  }

  protected override pick(doc: unknown, path: string): Picked {
    return pickRef(doc, this.ref, path);
  }

  protected build(input: KpiData, path: string): Built<KpiModel> {
    const { model, problems } = layoutKpi(input, path, {
      locale: this.locale,
      size: this.variant === 'card' ? CARD_SIZE : INLINE_SIZE,
    });
    return { model, problems, empty: isKpiEmpty(input) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const model = this.state === 'ready' ? this.model : undefined;
    this.status = model?.status ?? 'none';
    this.trend = model?.trend ?? 'none';
    if (this.active !== undefined && (!model || this.active >= model.points.length)) this.active = undefined;
  }

  protected override emptyMessage(): string {
    return this.input ? 'There are no values to show: the series is empty.' : super.emptyMessage();
  }

  #tipText(model: KpiModel, p: PointModel): string {
    const target = p.target === undefined ? '' : `; target ${formatValue(p.target, model.unit, this.locale)}`;
    return `${p.period}: ${p.text}${p.provisional ? ' (provisional)' : ''}${target}`;
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
    const current = this.active ?? last;
    let next: number | undefined;
    if (event.key === 'ArrowRight' || event.key === 'ArrowUp')
      next = Math.min(last, current + (this.active === undefined ? 0 : 1));
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowDown')
      next = Math.max(0, current - (this.active === undefined ? 0 : 1));
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    else if (event.key === 'Escape') {
      this.active = undefined;
      return;
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.active = current;
      this.#select(model, current);
      return;
    } else return;
    event.preventDefault();
    this.active = next;
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
  #renderChart(model: KpiModel): TemplateResult {
    const { width, height } = model.size;
    const active = this.active === undefined ? undefined : model.points[this.active];
    return html`<span
      class="chart"
      part="chart"
      role="img"
      tabindex="0"
      aria-label=${model.sentence}
      @keydown=${(e: KeyboardEvent) => this.#onKeydown(model, e)}
      @blur=${() => {
        this.active = undefined;
      }}
      @pointermove=${(e: PointerEvent) => {
        this.active = this.#nearest(model, e);
      }}
      @pointerleave=${() => {
        if (this.shadowRoot?.activeElement === null) this.active = undefined;
      }}
      @click=${(e: PointerEvent) => {
        const i = this.#nearest(model, e);
        if (i === undefined) return;
        this.active = i;
        this.#select(model, i);
      }}
    >
      <svg class="plot" width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false">
        ${model.band ? svg`<rect class="band" x="0" y=${model.band.y} width=${width} height=${model.band.height}></rect>` : nothing}
        <path class="baseline" d=${model.baselinePath || nothing}></path>
        ${model.comparators.map((c) => svg`<path class="comparator" d=${c.path}></path>`)}
        <path class="target" d=${model.targetPath || nothing}></path>
        <path class="line" d=${model.solid || nothing}></path>
        <path class="line dashed" d=${model.dashed || nothing}></path>
        <path class="point" d=${model.dots || nothing}></path>
        <path class="point provisional" d=${model.hollowDots || nothing}></path>
        ${active?.y === undefined ? nothing : svg`<circle class="point active ${active.provisional ? 'provisional' : ''}" cx=${active.x} cy=${active.y} r="3.5"></circle>`}
        ${active ? svg`<line class="focus-ring" x1=${active.x} x2=${active.x} y1="0" y2=${height}></line>` : nothing}
      </svg>
      ${active ? html`<span class="tip" role="tooltip">${this.#tipText(model, active)}</span>` : nothing}
    </span>`;
  }

  #renderStatus(model: KpiModel, words: boolean): TemplateResult | typeof nothing {
    if (model.status === 'none') return words ? html`<span class="status-mark">No target</span>` : nothing;
    return html`<span class="status-mark"
      >${mark(...statusLook(model.status))}<span class="letter" aria-hidden=${words ? 'true' : 'false'}
        >${STATUS_LETTER[model.status]}</span
      >${words ? html` <span>${STATUS_WORD[model.status]}</span>` : nothing}</span
    >`;
  }

  #arrow(model: KpiModel): string {
    return model.change ? ARROW[model.change] : '';
  }

  #renderTable(model: KpiModel): TemplateResult | typeof nothing {
    if (!this.showData) return nothing;
    const fmt = (v: number | undefined) => (v === undefined ? '' : formatValue(v, model.unit, this.locale));
    return html`<table class="data" part="table" id="data">
      <caption>
        ${model.ref ?? model.title ?? 'Indicator'}: values
      </caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">Value</th>
          <th scope="col">Target</th>
          ${model.comparators.map((c) => html`<th scope="col">${c.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${model.points.map(
          (p) => html`<tr>
            <th scope="row">${p.period}</th>
            <td class="num">${p.text}${p.provisional ? ' (provisional)' : ''}</td>
            <td class="num">${fmt(p.target)}</td>
            ${model.comparators.map((c) => {
              const v = c.values.get(p.period);
              return html`<td class="num">${v === undefined || v === null ? '' : fmt(v)}</td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  #renderToggle(model: KpiModel): TemplateResult {
    return html`<button
      type="button"
      class="data-toggle"
      aria-expanded=${this.showData ? 'true' : 'false'}
      @click=${() => {
        this.showData = !this.showData;
      }}
    >
      ${this.showData ? 'Hide data' : 'Show data'}<span class="visually-hidden"> for ${model.ref ?? model.title ?? 'this indicator'}</span>
    </button>`;
  }

  protected renderModel(model: KpiModel): TemplateResult {
    if (this.variant === 'card') return this.#renderCard(model);
    return html`<span class="inline" part="base">
      ${this.#renderChart(model)}
      <span class="latest" aria-hidden="true">${model.latest ? model.latest.text : '–'}</span>
      <span aria-hidden="true">${this.#renderStatus(model, false)}</span>
      <span class="arrow" aria-hidden="true">${this.#arrow(model)}</span>
      ${this.#renderToggle(model)} ${this.#renderTable(model)}
    </span>`;
  }

  #renderCard(model: KpiModel): TemplateResult {
    return html`<div class="card" part="base">
      ${model.ref ? html`<p class="ref">${model.ref}</p>` : nothing}
      ${model.title ? html`<p class="title">${model.title}</p>` : nothing}
      <p class="headline">
        <span class="big">${model.latest ? model.latest.text : 'No value yet'}</span>
        ${this.#renderStatus(model, true)}
        <span class="arrow" aria-hidden="true">${this.#arrow(model)}</span>
      </p>
      ${
        model.latest
          ? html`<p>${model.latest.period}${model.latest.provisional ? ' (provisional)' : ''}</p>`
          : nothing
      }
      ${this.#renderChart(model)}
      <dl class="facts">
        <dt>Target</dt>
        <dd>
          ${
            model.targetText
              ? html`<span class="legend-line" aria-hidden="true"></span>${model.range ? 'Range ' : ''}${model.targetText}`
              : 'None given'
          }
        </dd>
        ${
          model.baselineText
            ? html`<dt>Baseline</dt>
              <dd>${model.baselineText}</dd>`
            : nothing
        }
        <dt>Status</dt>
        <dd>${model.status === 'none' ? 'No status (no target)' : STATUS_WORD[model.status]}</dd>
        <dt>Trend</dt>
        <dd>${model.trendWords[0]!.toUpperCase()}${model.trendWords.slice(1)}</dd>
        ${
          model.owner
            ? html`<dt>Owner</dt>
              <dd>${model.owner}</dd>`
            : nothing
        }
      </dl>
      ${model.dataQuality ? html`<p class="quality">Data quality: ${model.dataQuality}</p>` : nothing}
      <p>${this.#renderToggle(model)}</p>
      ${this.#renderTable(model)}
    </div>`;
  }
}
