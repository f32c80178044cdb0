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

const preview: Preview = {
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
  ],
};
export default preview;
