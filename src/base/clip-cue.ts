import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { t } from '../core/i18n/index.js';

/**
 * The table widgets' scrolling box (`.scroll`), measured. By default a table is drawn at its full height with
 * its column headers sticky against the page's own scroll: the box is then no scroll container at all
 * (`data-open`), unless the table is wider than the box, which must then scroll sideways. A height cap is
 * opt-in (`--ik-max-height`); when the cap or the sideways box clips rows, `more` is how many rows lie wholly
 * below what shows, and the widget says so in words ("Scroll for 22 more rows"). Measured whenever the box or
 * the table changes size (a ResizeObserver, which also reports at first draw) and as the box scrolls: at most
 * once a frame, however many scroll events the frame brings (each measure reads layout).
 */
export class ClipCue implements ReactiveController {
  /** Rows wholly below the visible part of the box (0: nothing clipped below). */
  more = 0;
  #host: ReactiveControllerHost & HTMLElement;
  #box?: HTMLElement;
  #table?: HTMLElement;
  #resize?: ResizeObserver;
  /** The frame a scroll asked to be measured in, until it comes. */
  #frame?: number;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    this.#attach();
  }

  /** Put back in the page: measure again what was drawn before (no update may follow). */
  hostConnected(): void {
    this.#attach();
  }

  #attach(): void {
    const box = this.#host.shadowRoot?.querySelector<HTMLElement>('.scroll') ?? undefined;
    const table = box?.querySelector('table') ?? undefined;
    if (box === this.#box && table === this.#table) return;
    this.#unobserve();
    this.#box = box;
    this.#table = table;
    if (!box) {
      this.#set(0);
      return;
    }
    // Measured in the next frame, not in the observer's callback: the cue it draws changes the widget's size,
    // and a size changed there is an error event on the page when another observer watches the widget.
    this.#resize ??= new ResizeObserver(this.#scrolled);
    this.#resize.observe(box);
    if (table) this.#resize.observe(table);
    box.addEventListener('scroll', this.#scrolled, { passive: true });
  }

  hostDisconnected(): void {
    this.#unobserve();
    this.#box = undefined;
    this.#table = undefined;
  }

  #unobserve(): void {
    this.#resize?.disconnect();
    this.#box?.removeEventListener('scroll', this.#scrolled);
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
  }

  #scrolled = (): void => {
    this.#frame ??= requestAnimationFrame(() => {
      this.#frame = undefined;
      this.#measure();
    });
  };

  #measure = (): void => {
    const box = this.#box;
    const table = this.#table;
    if (!box || !table || !box.isConnected) return;
    const capped = getComputedStyle(box).maxHeight !== 'none';
    const wide = table.getBoundingClientRect().width > box.clientWidth + 1;
    // Open: no scroll container, so the sticky column headers stick against the page as it scrolls.
    box.toggleAttribute('data-open', !capped && !wide);
    let more = 0;
    if (box.scrollHeight > box.clientHeight + 1) {
      const r = box.getBoundingClientRect();
      const bottom = r.top + box.clientTop + box.clientHeight;
      // Rows lie top to bottom: find the first one wholly below by halving, so a scroll of a 10,000-row table
      // measures some 14 rows, not every one.
      const rows = table.querySelectorAll('tbody tr');
      let lo = 0;
      let hi = rows.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (rows[mid]!.getBoundingClientRect().top >= bottom - 1) hi = mid;
        else lo = mid + 1;
      }
      more = rows.length - lo;
    }
    this.#set(more);
  };

  #set(more: number): void {
    if (more === this.more) return;
    this.more = more;
    this.#host.requestUpdate();
  }
}

/** The words under a clipped box: "Scroll for 22 more rows"; empty when nothing is clipped below. */
export function moreRowsText(more: number, locale: string): string {
  return more > 0 ? t(locale, 'table.moreRows', { count: more }) : '';
}
