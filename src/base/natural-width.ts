import { css, html, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * The width a widget's content wants, where the page sizes the widget by its content (issue 18). The table
 * widgets and the timeline reflow by their own width (WCAG 1.4.10: 320 px, 400% zoom): their frame is a size
 * container (`container: ik-box / inline-size`), and size containment gives it no width of its own. Where the
 * page sizes the widget from its content (a flex row, `width: fit-content`, inline-block, a float, an absolutely
 * placed box without a width, a table or grid cell, a vertical writing mode) the widget would be 0 px wide.
 *
 * So the content's natural width (its max-content width in the wide layout, the frame measured once as no
 * container at all) is given to `.natural`, an empty replaced element beside the frame, `max-width: 100%`: a
 * replaced element's percentage maximum counts as 0 in the widget's min-content width (CSS Sizing 3, compressible
 * replaced elements), so the widget takes the width its content wants, up to its container's, and narrower where
 * the container is narrower, where the frame's queries then reflow it. The measure does not depend on how wide
 * the widget is, so the wide and narrow layouts cannot chase each other.
 *
 * Measuring takes a layout. The frame's width is watched by a ResizeObserver (after the browser's own layout,
 * never asking for one): a frame as wide as the widest query (the usual case, a block in a column) is never
 * measured; a narrower one is measured once, and if the natural width changes its width the widget is sized by
 * its content and is measured again after each update and when the page's fonts load.
 */
export class NaturalWidth implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  /** Sized by its content: measured after every update. */
  #on = false;
  /** A narrow width the page was found to give the frame, whatever its content. */
  #given?: number;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Tells the frame's width after each layout that changes it, without asking for a layout of its own. */
  #observer?: ResizeObserver;
  #observed?: Element;

  /** Measured once the frame is first drawn: later only when sized by its content, or when its width changes. */
  #measuredOnce = false;

  hostUpdated(): void {
    // The first drawing of the frame is measured at once, so that a widget sized by its content is never drawn
    // a frame at no width; after that only a widget sized by its content is measured after every update (its
    // natural width may change with any). Reading the frame's width after every update (and every part of a
    // long table) would lay the whole table out in the middle of the script.
    if (this.#on || !this.#measuredOnce) this.#measure();
    this.#watch();
  }

  /** Watches the frame's width, after the browser's own layout: the page may narrow it later. */
  #watch(): void {
    if (this.#on) return;
    const frame = this.#host.shadowRoot?.querySelector('.frame') ?? undefined;
    if (frame === this.#observed || typeof ResizeObserver === 'undefined') return;
    this.#observer ??= new ResizeObserver(this.#resized);
    if (this.#observed) this.#observer.unobserve(this.#observed);
    this.#observed = frame;
    // From the next frame: an update can run inside another observer's callback (the clip cue's), where a new
    // observation would be an error event on the page.
    if (frame)
      requestAnimationFrame(() => {
        if (this.#observed === frame && this.#host.isConnected) this.#observer!.observe(frame);
      });
  }

  hostConnected(): void {
    if (this.#on) document.fonts?.addEventListener('loadingdone', this.#measure);
    // Moved in the page: watched again where it now is.
    this.#watch();
  }

  hostDisconnected(): void {
    document.fonts?.removeEventListener('loadingdone', this.#measure);
    this.#observer?.disconnect();
    this.#observed = undefined;
  }

  #resized = (entries: ResizeObserverEntry[]): void => {
    const entry = entries.at(-1);
    if (this.#on || !entry) return;
    const width = entry.borderBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;
    // As wide as the widest query: laid out with all the room it wants (a block in a column, the usual case).
    if (width >= WIDEST_QUERY) return;
    // Measured in the next frame, not in the observer's callback: a size changed there would be an error event
    // on the page ("ResizeObserver loop completed with undelivered notifications").
    requestAnimationFrame(this.#measure);
  };

  #measure = (): void => {
    const root = this.#host.shadowRoot;
    const frame = root?.querySelector<HTMLElement>('.frame');
    const natural = root?.querySelector('.natural');
    if (!frame || !natural || !this.#host.isConnected || frame.getClientRects().length === 0) return;
    this.#measuredOnce = true;
    const before = frame.getBoundingClientRect().width;
    // A frame at least as wide as the widest query lays out as with all the room it wants; one the page keeps
    // at a width it was already found to give is not measured again.
    if (!this.#on && (before >= WIDEST_QUERY || before === this.#given)) return;
    frame.classList.add('measuring');
    const width = Math.ceil(frame.getBoundingClientRect().width);
    frame.classList.remove('measuring');
    if (width > 0 && natural.getAttribute('width') !== String(width))
      natural.setAttribute('width', String(width));
    if (this.#on) return;
    // Narrow: either the page gives the widget that width (a block in a narrow column), or the widget is sized
    // by its content, and the natural width just given changed it.
    if (frame.getBoundingClientRect().width === before) this.#given = before;
    else {
      this.#on = true;
      document.fonts?.addEventListener('loadingdone', this.#measure);
    }
  };
}

/** The widest width the widgets' container queries ask about (the timeline's chart: 560 px). */
const WIDEST_QUERY = 560;

/** Measuring: the frame as no container, as wide as its content wants (the wide layout). */
export const naturalWidthStyles = css`
  .frame {
    container: ik-box / inline-size;
  }
  .frame.measuring {
    container-type: normal !important;
    width: max-content !important;
    max-width: none !important;
  }
  .natural {
    display: block;
    max-width: 100%;
    height: 0;
  }
`;

/** Beside the frame: the width the content wants, set by NaturalWidth (0 until measured). */
export const naturalWidth = html`<svg class="natural" aria-hidden="true" focusable="false" width="0" height="0"></svg>`;
