/**
 * WCAG 2.2 contrast of both themes (the light defaults and the dark set): text at least 4.5:1 against the
 * background, and the marks' outline (which carries their shape), chart lines and the range band's edges at
 * least 3:1 (non-text contrast).
 */
import { expect } from '@open-wc/testing';
import { DARK_TOKENS, FOCUS_TEXT_ON_DARK, TOKENS } from '../../src/base/tokens.js';

type Theme = 'light' | 'dark';

const token = (name: string, theme: Theme) => {
  const t = TOKENS.find((x) => x.name === name)!;
  return theme === 'dark' ? (DARK_TOKENS[t.name] ?? t.value) : t.value;
};

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

it('computes contrast as WCAG does', () => {
  expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 0.01);
  expect(contrast('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
});

it('the dark set gives only colour tokens, each a six-digit hex colour', () => {
  expect(Object.keys(DARK_TOKENS).length).to.be.greaterThan(0);
  for (const [name, value] of Object.entries(DARK_TOKENS)) {
    const light = TOKENS.find((t) => t.name === name);
    expect(light, name).to.not.equal(undefined);
    expect(light!.value, name).to.match(/^#[0-9a-f]{6}$/);
    expect(value, name).to.match(/^#[0-9a-f]{6}$/);
  }
});

for (const theme of ['light', 'dark'] as const) {
  describe(`${theme} theme contrast`, () => {
    const background = token('--ik-background', theme);
    it('text, secondary text, links and error text are at least 4.5:1', () => {
      for (const name of [
        '--ik-text-colour',
        '--ik-secondary-text-colour',
        '--ik-link-colour',
        '--ik-error-colour',
      ]) {
        expect(contrast(token(name, theme), background), name).to.be.at.least(4.5);
      }
    });
    it('mark outlines, the target line and borders that carry meaning are at least 3:1', () => {
      // Marks are outlined in the text colour, so their shape reads whatever the fill; the target line is the
      // link colour; the sparkline's range band is carried by its edges, in the green status colour.
      for (const name of [
        '--ik-text-colour',
        '--ik-link-colour',
        '--ik-secondary-text-colour',
        '--ik-status-green',
      ]) {
        expect(contrast(token(name, theme), background), name).to.be.at.least(3);
      }
    });
    it('the grade tones are five distinct colours, so a five-grade scale (a report card) draws five', () => {
      // The fill is not what carries a grade (its shape and words do), but two grades must not look alike.
      const tones = ['--ik-grade-1', '--ik-grade-2', '--ik-grade-middle', '--ik-grade-3', '--ik-grade-4'].map(
        (name) => [name, token(name, theme)] as const,
      );
      const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
      for (const [i, [a, x]] of tones.entries()) {
        for (const [b, y] of tones.slice(i + 1)) {
          const [p, q] = [rgb(x), rgb(y)];
          const distance = Math.hypot(...p.map((c, k) => c - q[k]!));
          expect(distance, `${a} and ${b}`).to.be.at.least(64);
        }
      }
    });
    it('the focus highlight stands out from the text drawn on it, and it or its underline from the background', () => {
      const focus = token('--ik-focus-colour', theme);
      const focusText = theme === 'dark' ? FOCUS_TEXT_ON_DARK : token('--ik-text-colour', theme);
      expect(contrast(focusText, focus)).to.be.at.least(4.5);
      // Yellow on white is 1.3:1, so the light theme's focus is carried by the dark underline; on a dark
      // background the yellow itself stands out.
      expect(Math.max(contrast(focus, background), contrast(focusText, background))).to.be.at.least(3);
    });
  });
}
