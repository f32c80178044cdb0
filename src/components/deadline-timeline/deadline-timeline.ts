import { html, nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { renderFilters } from '../../base/filters.js';
import { filterStyles } from '../../base/filters.styles.js';
import { BASE_OPTIONS, type Built, IkElement, type Shape } from '../../base/ik-element.js';
import { mark, markShape } from '../../base/marks.js';
import { markStyles } from '../../base/marks.styles.js';
import { NaturalWidth, naturalWidth } from '../../base/natural-width.js';
import { type OptionsOf, option } from '../../base/options.js';
import { LIST_KEYS, rovingMove } from '../../base/roving.js';
import { tableStyles } from '../../base/table.styles.js';
import { renderTitle } from '../../base/title.js';
import { HOLIDAY_REGIONS } from '../../core/bank-holidays.js';
import type { Drawing } from '../../core/export/draw.js';
import type { ExportTable } from '../../core/export/table.js';
import { t, tParts } from '../../core/i18n/index.js';
import { isoDate } from '../../core/periods.js';
import { oneOf, string } from '../../core/schema.js';
import {
  isTimelineEmpty,
  type TimelineData,
  timeline,
  timelineFromSheet,
} from '../../core/shapes/timeline.js';
import type { DerivedStatus } from '../../core/timescales.js';
import { ACTION_KIND } from '../../core/vocabulary.js';
import {
  type ActionModel,
  exportTimeline,
  GROUP_BY,
  layoutTimeline,
  type TimelineModel,
  timelineChart,
} from './deadline-timeline.layout.js';
import { deadlineTimelineStyles } from './deadline-timeline.styles.js';
import { type TimelineView, viewTimeline } from './deadline-timeline.view.js';

/** What `ik-select` carries for an action. */
export interface ActionSelectDetail {
  row: { id?: string; title: string; theme?: string; key: string };
  /** ISO due date, when there is one. */
  due: string | null;
  value: { status: ActionModel['kind']; text: string; owner?: string };
}

declare module '../../base/events.js' {
  interface IkSelectDetails {
    'ik-deadline-timeline': ActionSelectDetail;
  }
}

const TIMELINE_OPTIONS = {
  ...BASE_OPTIONS,
  groupBy: option('group-by', oneOf(GROUP_BY), 'theme', 'layout'),
  asOf: option('as-of', string(), undefined, 'layout'),
  published: option('published', string(), undefined, 'layout'),
  inspected: option('inspected', string(), undefined, 'layout'),
  holidays: option('holidays', oneOf(HOLIDAY_REGIONS), 'england-and-wales', 'layout'),
};
type TimelineOptions = OptionsOf<typeof TIMELINE_OPTIONS>;

/**
 * Improvement actions against their due dates: a time axis from the publication date past the
 * last due date, with today (or `as-of`) and the publication date marked; lanes by theme or timescale; each
 * action at its due date with its status shape; the same actions as an ordered list in due-date order (the
 * accessible structure, and the whole layout on narrow screens); the summary of counts; a filter by status.
 *
 * @summary Improvement actions against their due dates.
 *
 * @event {CustomEvent<ActionSelectDetail>} ik-select - An action was chosen by click, Enter or Space. `detail: { row, due, value }`.
 *
 * @csspart base - The wrapper.
 * @csspart chart - The time axis with its lanes.
 * @csspart list - The ordered list of actions.
 * @csspart mark - Each status shape.
 */
export class IkDeadlineTimeline extends IkElement<
  TimelineData,
  TimelineModel,
  TimelineView,
  TimelineOptions,
  ActionSelectDetail
> {
  static override styles = [
    ...IkElement.styles,
    markStyles,
    tableStyles,
    filterStyles,
    deadlineTimelineStyles,
  ];
  static override optionSpecs = TIMELINE_OPTIONS;
  protected static override layoutStates = ['width'];

  /** Lanes by `theme` (default) or `timescale`. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: string = 'theme';

  /** The day statuses are judged on (a date); overrides the data's `asOf`; default today. */
  @property({ attribute: 'as-of', reflect: true }) asOf?: string;

  /** The publication date timescales count from; overrides the data's `published` (useful for CSV). */
  @property({ reflect: true }) published?: string;

  /**
   * The inspection date (its last day) that timescales `… of the inspection` count from ("Within 70 working
   * days of the inspection"); overrides the data's `inspected`. Without either, they count from publication
   * and the due date says so.
   */
  @property({ reflect: true }) inspected?: string;

  /**
   * Whose bank holidays `Within N working days` skips: `england-and-wales` (default), `scotland` or
   * `northern-ireland`.
   */
  @property({ reflect: true }) holidays: string = 'england-and-wales';

  /** Width available for the chart, measured. */
  @state() private width = 720;

  @state() private filter?: DerivedStatus;

  /** The action under the pointer (its key). */
  @state() private hovered?: string;

  /** The action whose list item has focus (its key). */
  @state() private focused?: string;

  /** The action whose tooltip Escape dismissed (its key). */
  @state() private dismissed?: string;

  /** The action focus last moved to in the list (its key), said by the live region. */
  @state() private spoken?: string;

  /** The action under the pointer, else the one with focus: marked on the chart, with its tooltip. */
  private get current(): string | undefined {
    return this.hovered ?? this.focused;
  }

  #focusKey?: string;
  /** Whether a tooltip is on the page (Escape hides it wherever focus is). */
  #tipShown = false;
  #onDocumentKeydown = (event: KeyboardEvent): void => {
    // WCAG 1.4.13: the tooltip is dismissed without moving the pointer or focus, wherever focus is.
    if (event.key !== 'Escape' || !this.#tipShown || event.defaultPrevented) return;
    event.preventDefault();
    this.dismissed = this.current;
  };
  /** The width its content wants, where the page sizes it by its content (natural-width.ts). */
  protected readonly natural = new NaturalWidth(this);
  #resize?: ResizeObserver;
  #sized = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      if (w > 0 && Math.abs(w - this.width) > 8) this.width = w;
    });
    this.#resize.observe(this);
    document.addEventListener('keydown', this.#onDocumentKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    document.removeEventListener('keydown', this.#onDocumentKeydown);
  }

  protected get shape(): Shape<TimelineData> {
    return { kind: 'timeline', schema: timeline, fromSheet: (sheet) => timelineFromSheet(sheet) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.#sized && this.isConnected) {
      // The first drawing takes the width the page gives the timeline (one read of its layout), instead of
      // drawing at the default and drawing everything again when the ResizeObserver reports a frame later.
      this.#sized = true;
      const style = getComputedStyle(this);
      // The content box, as the ResizeObserver reports it: a page may pad the tag.
      const w =
        this.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      if (w > 0) this.width = Math.round(w);
    }
    super.willUpdate(changed);
  }

  protected build(input: TimelineData, path: string, options: TimelineOptions): Built<TimelineModel> {
    const { model, problems } = layoutTimeline(input, path, {
      asOf: options.asOf ?? null,
      published: options.published ?? null,
      inspected: options.inspected ?? null,
      groupBy: options.groupBy,
      holidays: options.holidays,
      locale: this.locale,
      width: this.width,
    });
    return { model, problems, empty: isTimelineEmpty(input) };
  }

  protected view(model: TimelineModel): TimelineView {
    return viewTimeline(model, {
      filter: this.filter,
      current: this.current,
      drawnRows: this.drawnRows,
      locale: this.locale,
      spoken: this.spoken,
      dismissed: this.dismissed,
    });
  }

  protected override emptyMessage(): string {
    return this.input ? t(this.locale, 'timeline.empty') : super.emptyMessage();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Placed through the CSSOM, not a style attribute, so that a strict Content-Security-Policy allows it.
    const tip = this.shadowRoot?.querySelector<HTMLElement>('.chart .tip');
    this.#tipShown = tip !== null && tip !== undefined;
    if (tip) this.#placeTip(tip);
    if (this.#focusKey) {
      this.shadowRoot?.querySelector<HTMLElement>(`li[data-key="${CSS.escape(this.#focusKey)}"]`)?.focus();
      this.#focusKey = undefined;
    }
  }

  /**
   * The tooltip above its mark, else below it, else (a short chart) beside it, kept inside the chart: it
   * never covers the filter buttons over the chart, nor the list under it (WCAG 1.4.13, 2.4.11). Measured,
   * so placed here and not in the view.
   */
  #placeTip(tip: HTMLElement): void {
    const chart = tip.parentElement;
    if (!chart) return;
    const x = Number(tip.dataset.x);
    const y = Number(tip.dataset.y);
    const gap = 10;
    const { offsetWidth: w, offsetHeight: h } = tip;
    const width = chart.clientWidth;
    const height = chart.clientHeight;
    const clamp = (v: number, max: number) => Math.max(0, Math.min(max, v));
    let side: 'above' | 'below' | 'right' | 'left' = 'above';
    if (y - gap - h < 0) side = y + gap + h <= height ? 'below' : x < width / 2 ? 'right' : 'left';
    const left = side === 'right' ? x + gap : side === 'left' ? x - gap - w : clamp(x - w / 2, width - w);
    const top = side === 'above' ? y - gap - h : side === 'below' ? y + gap : clamp(y - h / 2, height - h);
    tip.dataset.side = side;
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(top)}px`;
  }

  #select(a: ActionModel): void {
    const detail: ActionSelectDetail = {
      row: {
        title: a.title,
        key: a.key,
        ...(a.id === undefined ? {} : { id: a.id }),
        ...(a.theme === undefined ? {} : { theme: a.theme }),
      },
      due: a.due === undefined ? null : isoDate(a.due),
      value: { status: a.kind, text: a.statusText, ...(a.owner === undefined ? {} : { owner: a.owner }) },
    };
    this.emit('ik-select', detail);
  }

  #onListKeydown(shown: readonly ActionModel[], event: KeyboardEvent): void {
    // A link inside an action keeps its own keys (Enter follows it; its click chooses the action).
    if (event.target instanceof HTMLAnchorElement) return;
    const li = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('li[data-key]') : null;
    if (!li) return;
    const index = shown.findIndex((a) => a.key === li.dataset.key);
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const a = shown[index];
      if (a) this.#select(a);
      return;
    }
    const next = rovingMove(event.key, index, shown.length, LIST_KEYS);
    if (next === undefined) return;
    event.preventDefault();
    const target = shown[next];
    if (target) {
      // Set here, not only when the item takes focus after the drawing, so that its focus draws nothing again.
      this.focused = target.key;
      this.spoken = target.key;
      this.#focusKey = target.key;
    }
  }

  protected override exportTable(view: TimelineView): ExportTable {
    return exportTimeline(view.model, view.shown, view.summary, this.locale);
  }

  protected override exportImage(view: TimelineView): { chart: Drawing } {
    return { chart: timelineChart(view.model, view.shown, view.laneLabels, this.locale) };
  }

  #renderChart(view: TimelineView): TemplateResult {
    const { model, current } = view;
    return html`<div class="chart" part="chart" aria-hidden="true" @pointerleave=${() => {
      this.hovered = undefined;
    }}>
      <svg class="axis" width=${model.width} height=${model.height} viewBox="0 0 ${model.width} ${model.height}" focusable="false">
        ${model.ticks.map(
          (tick) =>
            svg`<g class="tick"><line x1=${tick.x} x2=${tick.x} y1=${model.axisY + 4} y2=${model.plotBottom}></line>${tick.label ? svg`<text x=${tick.labelX} y=${model.axisY} text-anchor="middle">${tick.label}</text>` : nothing}</g>`,
        )}
        ${model.lanes.map(
          (
            l,
            i,
          ) => svg`<line class="lane-rule" x1="0" x2=${model.width} y1=${l.y + l.height + 5} y2=${l.y + l.height + 5}></line>
            <text class="lane-label" x="0" y=${l.y + 14}>${view.laneLabels[i]}</text>`,
        )}
        ${model.markers.map(
          (
            m,
          ) => svg`<g class="marker ${m.kind}"><line x1=${m.x} x2=${m.x} y1=${m.kind === 'today' ? 2 : model.axisY + 4} y2=${model.plotBottom}></line>
            <text x=${m.labelX} y=${m.labelY} text-anchor=${m.anchor}>${m.label}</text></g>`,
        )}
        ${model.overflow.map(
          (o) =>
            svg`<text class="more" x=${o.x - 6} y=${o.y + 4}>${t(this.locale, 'timeline.more', { count: o.count })}</text>`,
        )}
        ${model.actions.map((a) =>
          a.from === undefined || a.y === undefined || !view.drawnKeys.has(a.key)
            ? nothing
            : svg`<line class="ongoing" x1=${a.from} x2=${model.width - 8} y1=${a.y} y2=${a.y}></line>`,
        )}
        ${model.actions.map((a) => {
          if (a.x === undefined || a.y === undefined || !view.drawnKeys.has(a.key)) return nothing;
          const { shape, tone } = ACTION_KIND[a.kind];
          return svg`<g class="mark-at ${a.key === this.current ? 'current' : ''}" transform="translate(${a.x - 7},${a.y - 7})"
            @pointerenter=${() => {
              if (this.dismissed === a.key) this.dismissed = undefined;
              this.hovered = a.key;
            }}
            @pointerleave=${(e: PointerEvent) => {
              // Onto its tooltip, the tooltip stays (WCAG 1.4.13: hoverable).
              if (e.relatedTarget instanceof Element && e.relatedTarget.closest('.tip')) return;
              if (this.hovered === a.key) this.hovered = undefined;
            }}
            @click=${() => {
              this.focused = a.key;
              this.spoken = a.key;
              this.#focusKey = a.key;
              this.#select(a);
            }}
          ><rect class="halo" x="-2" y="-2" width="18" height="18" rx="3"></rect><svg width="14" height="14" viewBox="0 0 16 16" class="mark ${tone}">${markShape(shape)}</svg></g>`;
        })}
      </svg>
      ${
        current && view.tip !== undefined
          ? html`<div class="tip" role="tooltip" data-x=${current.x!} data-y=${current.y!}
              @pointerleave=${(e: PointerEvent) => {
                if (e.relatedTarget instanceof Element && e.relatedTarget.closest('g.mark-at.current'))
                  return;
                this.hovered = undefined;
              }}>
            <strong>${current.title}</strong><br />${view.tip}
          </div>`
          : nothing
      }
    </div>`;
  }

  #renderList(view: TimelineView): TemplateResult {
    const { drawn, focusKey } = view;
    return html`<p class="instructions">${view.instructions} <span class="chart-note">${view.chartNote}</span></p>
      <p class="visually-hidden" aria-live="polite">${view.announcement}</p>
      <ol class="actions" part="list" aria-label=${t(this.locale, 'timeline.listLabel')} @keydown=${(e: KeyboardEvent) => this.#onListKeydown(drawn, e)}>
      ${drawn.map((a, i) => {
        return html`<li
          data-key=${a.key}
          aria-labelledby=${
            // Named by its title only where focus lands (the tab stop), and the live region says the rest: the
            // other items, read in turn, are their words alone.
            a.key === focusKey ? `action-${i}` : nothing
          }
          class="kind-${a.kind.replace(/\s/g, '-')} ${a.key === this.current ? 'current' : ''}"
          tabindex=${a.key === focusKey ? 0 : -1}
          @focus=${() => {
            if (this.dismissed === a.key) this.dismissed = undefined;
            this.focused = a.key;
            this.spoken = a.key;
          }}
          @blur=${(e: FocusEvent) => {
            const to =
              e.relatedTarget instanceof HTMLElement ? e.relatedTarget.closest('li[data-key]') : null;
            if (!to && this.focused === a.key) {
              this.focused = undefined;
              this.spoken = undefined;
            }
          }}
          @click=${() => this.#select(a)}
        >
          <span class="action-mark">${mark(ACTION_KIND[a.kind])}</span>
          <span class="action-title" id="action-${i}">${a.href ? html`<a href=${a.href}>${a.title}</a>` : a.title}</span>
          <span class="action-status">${a.statusText}</span>
          <span class="action-meta">
            <span>${tParts(this.locale, 'timeline.dueLabel', { date: a.dueText })}${a.timescale && !a.open ? ` (${a.timescale})` : ''}</span>
            ${a.owner ? html`<span>${tParts(this.locale, 'timeline.owner', { owner: a.owner })}</span>` : nothing}
            ${a.theme ? html`<span>${a.theme}</span>` : nothing}
          </span>
          ${a.note ? html`<span class="note-text">${a.note}</span>` : nothing}
          ${a.unsafeHref ? html`<span class="unsafe">${t(this.locale, 'table.unsafeLink', { href: a.unsafeHref })}</span>` : nothing}
        </li>`;
      })}
    </ol>`;
  }

  /**
   * The title and source, said once: the timeline has no table caption repeating them, so unlike the tables'
   * heading these are not hidden from assistive technology (WCAG 1.3.1).
   */
  #renderHeading({ model: { title, source } }: TimelineView): TemplateResult | typeof nothing {
    if (!title && !source) return nothing;
    return html`<div class="heading">
      ${title ? renderTitle(title, this.options.headingLevel) : nothing}
      ${
        source?.href
          ? html`<p class="source-link"><a href=${source.href}>${tParts(this.locale, 'table.source', { source: source.label })}</a></p>`
          : source
            ? html`<p class="source">${tParts(this.locale, 'table.source', { source: source.label })}</p>`
            : nothing
      }
    </div>`;
  }

  protected renderView(view: TimelineView): TemplateResult {
    return html`<div class="frame" part="base">
      ${this.#renderHeading(view)}
      <p class="summary">${view.summary}</p>
      ${renderFilters(view.filters, (key) => {
        this.filter = key;
        this.spoken = undefined;
      })}
      ${this.#renderChart(view)} ${this.#renderList(view)}
    </div>${naturalWidth}`;
  }
}
