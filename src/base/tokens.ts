/**
 * The kit's public theme tokens (`--ik-*`), with GOV.UK Design System defaults. This list is the one
 * definition: the base styles read each token once into a private `--_*` property, the docs list them, and a
 * test checks that every token is documented on each element and that no other `--ik-*` name is used.
 */
export interface Token {
  name: `--ik-${string}`;
  value: string;
  description: string;
}

export const TOKENS: readonly Token[] = [
  {
    name: '--ik-font-family',
    value: 'arial, sans-serif',
    description: 'Font stack (GOV.UK uses Arial where GDS Transport is not licensed).',
  },
  {
    name: '--ik-font-size',
    value: '16px',
    description: 'Body text size. Given in px so the page’s own font size does not change the widget.',
  },
  { name: '--ik-text-colour', value: '#0b0c0c', description: 'Text.' },
  {
    name: '--ik-secondary-text-colour',
    value: '#505a5f',
    description: 'Secondary text: notes, axis labels, captions.',
  },
  { name: '--ik-background', value: '#ffffff', description: 'Widget background.' },
  { name: '--ik-border-colour', value: '#b1b4b6', description: 'Table and chart borders.' },
  { name: '--ik-link-colour', value: '#1d70b8', description: 'Links.' },
  {
    name: '--ik-focus-colour',
    value: '#ffdd00',
    description: 'Focus highlight (GOV.UK yellow), drawn with a text-coloured underline.',
  },
  { name: '--ik-error-colour', value: '#d4351c', description: 'Error panel border and heading.' },
  { name: '--ik-status-red', value: '#d4351c', description: 'Red status mark.' },
  {
    name: '--ik-status-amber',
    value: '#f47738',
    description: 'Amber status mark (always drawn with a dark outline and a letter).',
  },
  { name: '--ik-status-green', value: '#00703c', description: 'Green status mark.' },
  { name: '--ik-status-blue', value: '#1d70b8', description: 'Blue status mark.' },
  { name: '--ik-status-grey', value: '#b1b4b6', description: 'Grey status mark (no data).' },
  { name: '--ik-grade-1', value: '#00703c', description: 'Best grade (Outstanding) tone.' },
  { name: '--ik-grade-2', value: '#85994b', description: 'Second grade (Good) tone.' },
  {
    name: '--ik-grade-3',
    value: '#f47738',
    description: 'Third grade (Adequate / Requires improvement) tone.',
  },
  { name: '--ik-grade-4', value: '#d4351c', description: 'Fourth grade (Inadequate) tone.' },
  {
    name: '--ik-grade-middle',
    value: '#ffdd00',
    description:
      'Middle grade tone on a scale of five or more grades (Expected standard on a report card), between the second and third tones.',
  },
  { name: '--ik-space', value: '8px', description: 'Base spacing unit.' },
  {
    name: '--ik-max-height',
    value: 'none',
    description:
      'A height cap for a table, opt-in (for example `70vh`): by default a table is drawn at its full height with its column headers sticky against the page. With a cap it scrolls inside the widget, its header row and first column stay in view, and the widget says how many rows are below ("Scroll for 22 more rows").',
  },
];

/**
 * The dark theme's defaults (`theme="dark"`, or a page in `prefers-color-scheme: dark` without
 * `theme="light"`). GOV.UK has no dark palette: these keep its hues, lightened where a colour must stand out
 * from a dark background, and hold every contrast rule the light set holds (test/base/contrast.test.ts;
 * docs/reference.md lists the ratios). A token missing here keeps its light value. A page's own `--ik-*`
 * value wins in both themes. Print is always light: paper is white.
 */
export const DARK_TOKENS: Readonly<Partial<Record<Token['name'], string>>> = {
  '--ik-text-colour': '#f3f2f1',
  '--ik-secondary-text-colour': '#b1b4b6',
  '--ik-background': '#1d1d1b',
  '--ik-border-colour': '#505a5f',
  '--ik-link-colour': '#7fb2e5',
  '--ik-focus-colour': '#ffdd00',
  '--ik-error-colour': '#ff8a78',
  '--ik-status-red': '#e8533f',
  '--ik-status-amber': '#ffa040',
  '--ik-status-green': '#3aa56e',
  '--ik-status-blue': '#5694ca',
  '--ik-status-grey': '#6f777b',
  '--ik-grade-1': '#3aa56e',
  '--ik-grade-2': '#a8bd62',
  '--ik-grade-3': '#ffa040',
  '--ik-grade-4': '#e8533f',
};

/**
 * The text drawn on the focus highlight in the dark theme: dark on yellow, as GOV.UK draws focus on any
 * background (the light theme draws the text colour there).
 */
export const FOCUS_TEXT_ON_DARK = '#0b0c0c';
