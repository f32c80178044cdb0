/**
 * The exported image, drawn from the export model (table.ts) and a widget's chart: a list of paths and text,
 * the same list written out as SVG (`svgOf`) and painted on a canvas for PNG (base/export-png.ts, through
 * Path2D, which reads the same path data). Purpose-built rather than copied from the shadow DOM: a
 * foreignObject of HTML does not survive in Word, and an SVG image cannot be loaded under the kit's strict CSP
 * (`img-src` falls back to `'self'`, which allows neither `blob:` nor `data:`). Every mark keeps its shape
 * and its letter or words beside it, so the image reads in greyscale. Colours are token names (`status-red`),
 * resolved against the widget's tokens when written. Pure.
 */
import { SHAPE_PATHS } from './shapes.js';
import { type Cell, cellText, type ExportTable } from './table.js';

/** A token name without `--ik-` (`text-colour`, `status-red`), or `none`. */
export type Paint = string;

export type Item =
  | {
      /** Path data. */
      p: string;
      fill?: Paint;
      stroke?: Paint;
      /** Stroke width and dashes, in the image's pixels whatever the scale. */
      w?: number;
      dash?: string;
      /** Fill opacity. */
      op?: number;
      /** Translate, then scale. */
      at?: readonly [number, number, number];
    }
  | {
      t: string;
      x: number;
      y: number;
      size: number;
      bold?: boolean;
      fill?: Paint;
      anchor?: 'middle' | 'end';
    };

export interface Drawing {
  width: number;
  height: number;
  items: Item[];
}

/** How wide a text is, in pixels. */
export type Measure = (text: string, size: number, bold: boolean) => number;

/** Arial's average advance; the element measures with a canvas instead. */
export const estimate: Measure = (text, size, bold) => text.length * size * (bold ? 0.58 : 0.52);

/** A tone class (`tone-red`, `tone-grade-2`, `tone-none`) as the token that fills it. */
export function tonePaint(tone: string): Paint {
  const t = tone.replace(/^tone-/, '');
  return /^grade-/.test(t) ? t : t === 'none' || t === 'invalid' ? 'background' : `status-${t}`;
}

/** A mark of `size` pixels with its top left at x, y: its shape filled with its tone, outlined in text colour. */
export function markItem(
  look: { shape: keyof typeof SHAPE_PATHS; tone: string },
  x: number,
  y: number,
  size = 14,
): Item {
  return {
    p: SHAPE_PATHS[look.shape],
    fill: tonePaint(look.tone),
    stroke: look.tone === 'tone-invalid' ? 'error-colour' : 'text-colour',
    w: 1.1,
    at: [x, y, size / 16],
  };
}

/** A straight line. */
export function line(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  stroke: Paint,
  w = 1,
  dash?: string,
): Item {
  return { p: `M${x1} ${y1}L${x2} ${y2}`, stroke, w, ...(dash ? { dash } : {}) };
}

/** Words broken into lines no wider than `max`; a word longer than that has a line of its own. */
export function wrap(text: string, size: number, bold: boolean, max: number, measure: Measure): string[] {
  const lines: string[] = [];
  let now = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = now ? `${now} ${word}` : word;
    if (now && measure(next, size, bold) > max) {
      lines.push(now);
      now = word;
    } else now = next;
  }
  return now ? [...lines, now] : lines.length ? lines : [''];
}

/** Items moved by dx, dy. */
export function shift(items: readonly Item[], dx: number, dy: number): Item[] {
  return items.map((i) =>
    'p' in i
      ? { ...i, at: [(i.at?.[0] ?? 0) + dx, (i.at?.[1] ?? 0) + dy, i.at?.[2] ?? 1] as const }
      : { ...i, x: i.x + dx, y: i.y + dy },
  );
}

const PAD = 16;
const SIZE = 14;
const LINE = 18;

/**
 * The image of a widget: its title, source and "as of" date, its summary, its chart (if any), its table (the
 * same rows as its CSV) and the key to its marks.
 */
export function drawExport(
  table: ExportTable,
  measure: Measure = estimate,
  chart?: Drawing,
  opts: { table?: boolean } = {},
): Drawing {
  const items: Item[] = [];
  const cols = table.columns.map((_, i) => i).filter((i) => i !== table.imageSkip);
  const showTable = opts.table !== false && table.rows.length > 0;
  // Column widths: the widest cell, capped (a long label wraps), the first column wider.
  const cellWidth = (cell: Cell) =>
    measure(cellText(cell), SIZE, false) +
    (typeof cell !== 'string' && cell.look ? 20 : 0) +
    (typeof cell !== 'string' && cell.letter ? 14 : 0) +
    (typeof cell !== 'string' ? (cell.depth ?? 0) * 16 : 0);
  const widths = cols.map((c, k) => {
    const widest = Math.max(
      measure(table.columns[c] ?? '', SIZE, true),
      ...table.rows.map((r) => cellWidth(r[c] ?? '')),
    );
    return Math.ceil(Math.min(Math.max(widest, 40), k === 0 ? 280 : 200)) + 12;
  });
  const tableWidth = showTable ? widths.reduce((a, b) => a + b, 0) : 0;
  const width = Math.ceil(Math.max(560, tableWidth, chart?.width ?? 0) + 2 * PAD);
  const inner = width - 2 * PAD;
  let y = PAD;
  const text = (s: string, size: number, bold: boolean, fill: Paint, lineHeight: number) => {
    for (const l of wrap(s, size, bold, inner, measure)) {
      y += lineHeight;
      items.push({ t: l, x: PAD, y: y - lineHeight * 0.28, size, fill, ...(bold ? { bold } : {}) });
    }
  };
  if (table.title) text(table.title, 19, true, 'text-colour', 25);
  if (table.source) text(`Source: ${table.source}`, SIZE, false, 'secondary-text-colour', LINE);
  if (table.asOf) text(table.asOf, SIZE, false, 'secondary-text-colour', LINE);
  y += 6;
  text(table.summary, 16, false, 'text-colour', 22);
  y += 10;
  if (chart) {
    items.push(...shift(chart.items, PAD, y));
    y += chart.height + 10;
  }
  if (showTable) {
    const rows = [table.columns, ...table.rows];
    for (const [r, row] of rows.entries()) {
      const bold = r === 0;
      let x = PAD;
      const cells = cols.map((c, k) => {
        const cell = row[c] ?? '';
        const lead =
          typeof cell === 'string'
            ? 0
            : (cell.depth ?? 0) * 16 + (cell.look ? 20 : 0) + (cell.letter ? 14 : 0);
        const lines = wrap(cellText(cell), SIZE, bold, widths[k]! - 12 - lead, measure);
        const at = { x, lead, cell, lines };
        x += widths[k]!;
        return at;
      });
      const height = Math.max(...cells.map((c) => c.lines.length)) * LINE + 8;
      for (const { x: cx, lead, cell, lines } of cells) {
        let lx = cx + (typeof cell === 'string' ? 0 : (cell.depth ?? 0) * 16);
        if (typeof cell !== 'string' && cell.look) {
          items.push(markItem(cell.look, lx, y + 6));
          lx += 20;
        }
        if (typeof cell !== 'string' && cell.letter) {
          items.push({ t: cell.letter, x: lx, y: y + 4 + SIZE, size: SIZE, bold: true, fill: 'text-colour' });
        }
        lines.forEach((l, i) => {
          items.push({
            t: l,
            x: cx + lead,
            y: y + 4 + SIZE + i * LINE,
            size: SIZE,
            fill: 'text-colour',
            ...(bold ? { bold } : {}),
          });
        });
      }
      y += height;
      items.push(
        line(PAD, y, PAD + tableWidth, y, r === 0 ? 'text-colour' : 'border-colour', r === 0 ? 2 : 1),
      );
    }
    y += 12;
  }
  // The key, in rows as wide as the image.
  let x = PAD;
  const legend = table.legend ?? [];
  if (legend.length) y += LINE;
  for (const e of legend) {
    const w = 20 + (e.letter ? 14 : 0) + measure(e.text, SIZE, false) + 16;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += LINE + 4;
    }
    if (e.look) items.push(markItem(e.look, x, y - 12));
    if (e.letter) items.push({ t: e.letter, x: x + 20, y, size: SIZE, bold: true, fill: 'text-colour' });
    items.push({ t: e.text, x: x + 20 + (e.letter ? 14 : 0), y, size: SIZE, fill: 'text-colour' });
    x += w;
  }
  return { width, height: Math.ceil(y + PAD), items };
}

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const num = (n: number) => String(Math.round(n * 100) / 100);

/**
 * The drawing as a standalone SVG document: colours resolved from `palette` (token name → colour), the font
 * given once on the root with the token font after it, the title and the alternative text as its `<title>` and `<desc>`.
 */
export function svgOf(
  d: Drawing,
  palette: Readonly<Record<string, string>>,
  font: string,
  title: string,
  alt: string,
): string {
  const paint = (p: Paint | undefined) => (p === undefined || p === 'none' ? 'none' : (palette[p] ?? p));
  const body = d.items
    .map((i) => {
      if ('t' in i)
        return `<text x="${num(i.x)}" y="${num(i.y)}" font-size="${i.size}"${i.bold ? ' font-weight="700"' : ''}${i.anchor ? ` text-anchor="${i.anchor}"` : ''} fill="${paint(i.fill ?? 'text-colour')}">${esc(i.t)}</text>`;
      const k = i.at?.[2] ?? 1;
      return `<path d="${esc(i.p)}" fill="${paint(i.fill)}"${i.op === undefined ? '' : ` fill-opacity="${i.op}"`}${i.stroke ? ` stroke="${paint(i.stroke)}" stroke-width="${num((i.w ?? 1) / k)}" stroke-linejoin="round"` : ''}${
        i.dash
          ? ` stroke-dasharray="${i.dash
              .split(' ')
              .map((n) => num(Number(n) / k))
              .join(' ')}"`
          : ''
      }${i.at ? ` transform="translate(${num(i.at[0])} ${num(i.at[1])}) scale(${num(k)})"` : ''}/>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${d.width}" height="${d.height}" viewBox="0 0 ${d.width} ${d.height}" font-family="${esc(font)}" role="img"><title>${esc(title)}</title><desc>${esc(alt)}</desc><rect width="100%" height="100%" fill="${paint('background')}"/>${body}</svg>`;
}
