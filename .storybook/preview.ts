import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { publicArgTypes, publicManifest } from './public-api.js';

// Controls and the docs tables list only what a page can use (.storybook/public-api.ts).
setCustomElementsManifest(publicManifest(manifest));

// The kit is for UK councils: every story and docs page runs in British English, as the demo pages do
// (Storybook's own frame says lang="en", which the widgets would take as the page's language).
const BRITISH = 'en-GB';
document.documentElement.lang = BRITISH;

/**
 * The toolbar's Theme switch: sets the `theme` attribute on every widget of the story (or of each story on a
 * docs page), or, for "Page", leaves the widgets to follow the colour scheme the browser asks for. Only the
 * attributes the switch set are taken away again, so a story's own `theme` stays.
 */
const SET_BY_SWITCH = 'data-storybook-theme';
function applyTheme(theme: string): void {
  for (const el of document.querySelectorAll('*')) {
    if (!el.localName.startsWith('ik-')) continue;
    if (theme) {
      if (el.getAttribute('theme') === theme) continue;
      if (el.hasAttribute('theme') && !el.hasAttribute(SET_BY_SWITCH)) continue;
      el.setAttribute('theme', theme);
      el.setAttribute(SET_BY_SWITCH, '');
    } else if (el.hasAttribute(SET_BY_SWITCH)) {
      el.removeAttribute('theme');
      el.removeAttribute(SET_BY_SWITCH);
    }
  }
}

/**
 * The toolbar's Language switch: `lang="cy"` on every widget of the story (each then draws in Welsh, issue 22),
 * or none, for the page's British English. Only the attributes the switch set are taken away again.
 */
const LANG_BY_SWITCH = 'data-storybook-lang';
function applyLanguage(lang: string): void {
  for (const el of document.querySelectorAll('*')) {
    if (!el.localName.startsWith('ik-')) continue;
    if (lang) {
      if (el.hasAttribute('lang') && !el.hasAttribute(LANG_BY_SWITCH)) continue;
      el.setAttribute('lang', lang);
      el.setAttribute(LANG_BY_SWITCH, '');
    } else if (el.hasAttribute(LANG_BY_SWITCH)) {
      el.removeAttribute('lang');
      el.removeAttribute(LANG_BY_SWITCH);
    }
  }
}

const preview: Preview = {
  globalTypes: {
    ikLang: {
      description: 'The widgets’ language: the page’s British English, or lang="cy" (Welsh) on each widget',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: '', title: 'English (the page’s en-GB)' },
          { value: 'cy', title: 'Cymraeg (lang="cy")' },
        ],
        dynamicTitle: true,
      },
    },
    ikTheme: {
      description: 'The widgets’ theme: the page’s colour scheme, or theme="light" / theme="dark"',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: '', title: 'Page (prefers-color-scheme)' },
          { value: 'light', title: 'Light (theme="light")' },
          { value: 'dark', title: 'Dark (theme="dark")' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { ikTheme: '', ikLang: '' },
  parameters: {
    // Accessibility checks fail a story on any violation.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  argTypesEnhancers: [(context) => publicArgTypes(context.argTypes)],
  decorators: [
    (story) => {
      document.documentElement.lang = BRITISH;
      return story();
    },
    (story, context) => {
      const theme = String(context.globals.ikTheme ?? '');
      // After the story is drawn: the widgets are on the page then.
      requestAnimationFrame(() => applyTheme(theme));
      return story();
    },
    (story, context) => {
      const lang = String(context.globals.ikLang ?? '');
      requestAnimationFrame(() => applyLanguage(lang));
      return story();
    },
  ],
};
export default preview;
