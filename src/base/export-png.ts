/**
 * The exported image as PNG, painted straight onto a canvas from the drawing (core/export/draw.ts) with canvas
 * calls and Path2D, at twice its size for print. Not by loading the SVG into an image: under the kit's strict
 * CSP, `img-src` falls back to `default-src 'self'`, which refuses `blob:` and `data:` images alike, so that
 * path fails on exactly the pages the kit promises to work on. Loaded only when a PNG is asked for.
 */
import type { Drawing, Paint } from '../core/export/draw.js';

export function pngOf(
  d: Drawing,
  palette: Readonly<Record<string, string>>,
  font: string,
  scale = 2,
): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(d.width * scale);
  canvas.height = Math.ceil(d.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('This browser cannot draw on a canvas'));
  const paint = (p: Paint | undefined) => (p === undefined || p === 'none' ? '' : (palette[p] ?? p));
  ctx.scale(scale, scale);
  ctx.fillStyle = paint('background');
  ctx.fillRect(0, 0, d.width, d.height);
  for (const i of d.items) {
    ctx.save();
    if ('t' in i) {
      ctx.font = `${i.bold ? '700 ' : ''}${i.size}px ${font}`;
      ctx.textAlign = i.anchor === 'middle' ? 'center' : i.anchor === 'end' ? 'right' : 'left';
      ctx.fillStyle = paint(i.fill ?? 'text-colour');
      ctx.fillText(i.t, i.x, i.y);
    } else {
      const [x, y, k] = i.at ?? [0, 0, 1];
      ctx.translate(x, y);
      ctx.scale(k, k);
      const path = new Path2D(i.p);
      const fill = paint(i.fill);
      if (fill) {
        ctx.globalAlpha = i.op ?? 1;
        ctx.fillStyle = fill;
        ctx.fill(path);
        ctx.globalAlpha = 1;
      }
      if (i.stroke) {
        ctx.strokeStyle = paint(i.stroke);
        ctx.lineWidth = (i.w ?? 1) / k;
        ctx.lineJoin = 'round';
        if (i.dash) ctx.setLineDash(i.dash.split(' ').map((n) => Number(n) / k));
        ctx.stroke(path);
      }
    }
    ctx.restore();
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made'))),
      'image/png',
    ),
  );
}
