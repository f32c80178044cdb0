/**
 * `theme`: the light token set by default, the dark one under `prefers-color-scheme: dark` or `theme="dark"`,
 * `theme="light"` pins it; a wrong value is a problem and the default applies; print is always light; a page's
 * `--ik-*` values win in both themes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { DARK_TOKENS, TOKENS } from '../../src/base/tokens.js';
import { problems as allProblems, ready, type Widget } from './speech.js';

const leeds = (await (await fetch('/test/fixtures/leeds-report.json')).json()) as {
  progress2009: unknown;
};

/** The colour as getComputedStyle gives it (`rgb(29, 29, 27)`). */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
const light = (name: string) => rgb(TOKENS.find((t) => t.name === name)!.value);
const dark = (name: `--ik-${string}`) => rgb(DARK_TOKENS[name]!);

async function matrix(theme?: string, style = ''): Promise<Widget> {
  return ready(
    await fixture<Widget>(
      html`<ik-rag-matrix theme=${theme ?? ''} style=${style} .data=${leeds.progress2009}></ik-rag-matrix>`,
    ),
  );
}
/** The theme's problems (the Leeds matrix has a rating that is not valid on purpose). */
const problems = (el: Widget) => allProblems(el).filter((p) => p.includes('theme'));
const colours = (el: Widget) => {
  const host = getComputedStyle(el);
  const cell = getComputedStyle(el.shadowRoot!.querySelector('td')!);
  return {
    background: host.backgroundColor,
    text: host.color,
    cell: cell.backgroundColor,
    scheme: host.colorScheme,
  };
};

describe('theme: light and dark token sets', () => {
  afterEach(() => emulateMedia({ colorScheme: 'no-preference', media: 'screen' }));

  it('is light by default on a light page, dark on a page that prefers dark', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const el = await matrix();
    expect(colours(el)).to.deep.equal({
      background: light('--ik-background'),
      text: light('--ik-text-colour'),
      cell: light('--ik-background'),
      scheme: 'light',
    });
    await emulateMedia({ colorScheme: 'dark' });
    expect(colours(el)).to.deep.equal({
      background: dark('--ik-background'),
      text: dark('--ik-text-colour'),
      cell: dark('--ik-background'),
      scheme: 'dark',
    });
    expect(problems(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('theme="dark" is dark on a light page, theme="light" light on a dark page, in any case', async () => {
    await emulateMedia({ colorScheme: 'light' });
    for (const value of ['dark', 'Dark', ' dark ']) {
      const el = await matrix(value);
      expect(colours(el).background, value).to.equal(dark('--ik-background'));
      expect(problems(el), value).to.deep.equal([]);
      el.remove();
    }
    await emulateMedia({ colorScheme: 'dark' });
    const el = await matrix('light');
    expect(colours(el).background).to.equal(light('--ik-background'));
    expect(colours(el).scheme).to.equal('light');
  });

  it('follows the attribute when it changes, and the page again when it is removed', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const el = await matrix();
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(colours(el).background).to.equal(dark('--ik-background'));
    el.removeAttribute('theme');
    await el.updateComplete;
    expect(colours(el).background).to.equal(light('--ik-background'));
  });

  it('a theme that is not light or dark is a problem naming the attribute and its values, and the page decides', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await matrix('night');
    expect(problems(el)).to.deep.equal([
      'The theme attribute: "night" is not a word this takes (did you mean "light"?): use light or dark. Until then, the theme follows the page’s colour scheme (prefers-color-scheme)',
    ]);
    expect(el.state).to.equal('ready');
    expect(colours(el).background).to.equal(dark('--ik-background'));
    await emulateMedia({ colorScheme: 'light' });
    expect(colours(el).background).to.equal(light('--ik-background'));
  });

  it('prints light whatever the theme: paper is white', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await matrix('dark');
    expect(colours(el).background).to.equal(dark('--ik-background'));
    await emulateMedia({ media: 'print' });
    expect(colours(el)).to.deep.equal({
      background: light('--ik-background'),
      text: light('--ik-text-colour'),
      cell: light('--ik-background'),
      scheme: 'light',
    });
  });

  it('a page’s own --ik-* values win in the dark theme too', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const el = await matrix('dark', '--ik-background: #000000; --ik-text-colour: #ffffff');
    expect(colours(el).background).to.equal('rgb(0, 0, 0)');
    expect(colours(el).text).to.equal('rgb(255, 255, 255)');
    // A token the page leaves alone keeps the dark default.
    const border = getComputedStyle(el.shadowRoot!.querySelector('td')!).borderBottomColor;
    expect(border).to.equal(dark('--ik-border-colour'));
  });
});
