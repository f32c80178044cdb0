/**
 * The Download control every widget shows after its chart and table (hidden by `export="none"`), and what its
 * buttons hand over: the CSV (UTF-8 with a byte order mark, so Excel reads £ and en dashes), the Excel file,
 * the SVG and the PNG, each named from the data, and a copy of the PNG on the clipboard where the browser
 * allows it. Nothing is fetched: every file is made here from what the widget shows. The Excel writer and the
 * PNG painter are loaded when first asked for.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { BOM } from '../core/export/csv.js';
import { type Drawing, estimate, type Measure } from '../core/export/draw.js';
import type { ExportKind } from '../core/export/kinds.js';
import { t } from '../core/i18n/index.js';
import { TOKENS } from './tokens.js';

/** What the control needs of its widget. */
export interface ExportHost extends HTMLElement {
  toCSV(): string;
  toSVG(): string;
  toPNG(): Promise<Blob>;
  toXLSX(): Promise<Blob>;
  requestUpdate(): void;
}

/** The widget's colours (its tokens as it resolves them, theme and page overrides included) and font. */
export function exportLook(host: HTMLElement): { palette: Record<string, string>; font: string } {
  const style = getComputedStyle(host);
  const palette: Record<string, string> = {};
  for (const t of TOKENS) {
    const name = t.name.slice('--ik-'.length);
    palette[name] = style.getPropertyValue(`--_${name}`).trim() || t.value;
  }
  const font = palette['font-family']!;
  return { palette, font: /arial, sans-serif$/i.test(font) ? font : `${font}, arial, sans-serif` };
}

let context: OffscreenCanvasRenderingContext2D | null | undefined;

/** Text widths measured in the widget's font on a canvas (an estimate where there is none). */
export function measurer(font: string): Measure {
  context ??= typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  const ctx = context;
  if (!ctx) return estimate;
  return (text, size, bold) => {
    ctx.font = `${bold ? '700 ' : ''}${size}px ${font}`;
    return ctx.measureText(text).width;
  };
}

/** Draws on a canvas and makes the PNG (export-png.ts, loaded on demand). */
export async function png(host: HTMLElement, drawing: Drawing): Promise<Blob> {
  const { pngOf } = await import('./export-png.js');
  const { palette, font } = exportLook(host);
  return pngOf(drawing, palette, font);
}

/** `2 KB`, `1.4 MB`: a file's size as GOV.UK writes it. */
export function sizeWords(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.ceil(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Hands a file to the browser's downloads: nothing leaves the page. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const TYPES: Record<ExportKind, { what: string; label: string; ext: string; type: string }> = {
  csv: { what: 'data', label: 'CSV', ext: 'csv', type: 'text/csv;charset=utf-8' },
  xlsx: {
    what: 'data',
    label: 'Excel',
    ext: 'xlsx',
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  svg: { what: 'image', label: 'SVG', ext: 'svg', type: 'image/svg+xml' },
  png: { what: 'image', label: 'PNG', ext: 'png', type: 'image/png' },
};

/** The file of one kind, as a Blob: the CSV with its byte order mark. */
export async function fileOf(host: ExportHost, kind: ExportKind): Promise<Blob> {
  if (kind === 'xlsx') return host.toXLSX();
  if (kind === 'png') return host.toPNG();
  const text = kind === 'csv' ? BOM + host.toCSV() : host.toSVG();
  return new Blob([text], { type: TYPES[kind].type });
}

/** Whether the browser lets a page put an image on the clipboard. */
function canCopy(): boolean {
  return typeof ClipboardItem === 'function' && typeof navigator.clipboard?.write === 'function';
}

/**
 * The control: a disclosure named "Download" (the widget's title is said once, by the widget), each file a button named by its type and size
 * ("Download the data (CSV, 2 KB)"), sizes worked out when it is opened; the image's alternative text beside
 * them; "Copy the image" where the clipboard takes images; a polite message saying what a copy did.
 */
export class Downloads {
  #sizes: Partial<Record<ExportKind, number>> = {};
  #said = '';
  #open = false;
  #kinds: readonly ExportKind[] = [];
  /** The CSV the sizes were worked out for: a redraw that shows the same (a key moving focus) keeps them. */
  #basis = '';

  constructor(
    readonly host: ExportHost,
    /** The file name, without its extension, and the alternative text; worked out only when opened. */
    readonly about: () => { name: string; alt: string } | undefined,
    readonly locale: () => string = () => 'en-GB',
  ) {}

  /** Sizes go stale when what is shown changes (once the redraw is over: the view is new then). */
  reset(): void {
    if (this.#open) queueMicrotask(() => this.host.toCSV() !== this.#basis && this.#measure());
  }

  #measure(): void {
    this.#sizes = {};
    this.#basis = this.host.toCSV();
    for (const kind of this.#kinds) {
      fileOf(this.host, kind).then(
        (blob) => {
          this.#sizes[kind] = blob.size;
          this.host.requestUpdate();
        },
        () => undefined,
      );
    }
  }

  async #save(kind: ExportKind): Promise<void> {
    const about = this.about();
    if (!about) return;
    download(await fileOf(this.host, kind), `${about.name}.${TYPES[kind].ext}`);
  }

  #copy(): void {
    navigator.clipboard.write([new ClipboardItem({ 'image/png': this.host.toPNG() })]).then(
      () => this.#say(t(this.locale(), 'download.copied')),
      () => this.#say(t(this.locale(), 'download.notCopied')),
    );
  }

  #say(words: string): void {
    this.#said = words;
    this.host.requestUpdate();
  }

  render(kinds: readonly ExportKind[]): TemplateResult | typeof nothing {
    this.#kinds = kinds;
    if (kinds.length === 0) return nothing;
    const about = this.#open ? this.about() : undefined;
    const l = this.locale();
    const size = (k: ExportKind) => (this.#sizes[k] === undefined ? '' : `, ${sizeWords(this.#sizes[k])}`);
    return html`<details
      class="downloads"
      part="downloads"
      @toggle=${(e: Event) => {
        this.#open = (e.target as HTMLDetailsElement).open;
        this.#said = '';
        if (this.#open) this.#measure();
        this.host.requestUpdate();
      }}
    >
      <summary>${t(l, 'download.summary')}</summary>
      ${
        about
          ? html`<ul>
              ${kinds.map(
                (k) =>
                  html`<li><button type="button" @click=${() => this.#save(k)}>${t(l, TYPES[k].what === 'data' ? 'download.data' : 'download.image', { type: TYPES[k].label, size: size(k) })}</button></li>`,
              )}
              ${
                kinds.includes('png') && canCopy()
                  ? html`<li><button type="button" @click=${() => this.#copy()}>${t(l, 'download.copy')}</button></li>`
                  : nothing
              }
            </ul>
            ${kinds.includes('svg') || kinds.includes('png') ? html`<p class="alt">${t(l, 'download.alt', { alt: about.alt })}</p>` : nothing}
            <p role="status">${this.#said}</p>`
          : nothing
      }
    </details>`;
  }
}
