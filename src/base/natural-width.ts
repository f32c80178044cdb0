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
 * Measuring takes a layout. A frame as wide as the widest query (the usual case, a block in a column) is never
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

  hostUpdated(): void {
    this.#measure();
  }

  hostConnected(): void {
    if (this.#on) document.fonts?.addEventListener('loadingdone', this.#measure);
  }

  hostDisconnected(): void {
    document.fonts?.removeEventListener('loadingdone', this.#measure);
  }

  #measure = (): void => {
    const root = this.#host.shadowRoot;
    const frame = root?.querySelector<HTMLElement>('.frame');
    const natural = root?.querySelector('.natural');
    if (!frame || !natural || !this.#host.isConnected || frame.getClientRects().length === 0) return;
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
