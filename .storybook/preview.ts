import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import './preview.css';

// Controls and the API tables come from the custom-elements manifest, which `npm run analyze`
// writes from the elements' JSDoc before Storybook starts. The glob tolerates its absence.
const manifests = import.meta.glob<{ default: unknown }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);

/** Wraps every story in the language and direction chosen in the toolbar. */
const withLocale: Decorator = (story, context) => {
  const locale = (context.globals.locale as string | undefined) ?? 'en';
  const direction = (context.globals.direction as string | undefined) ?? 'ltr';
  return html`<div lang=${locale} dir=${direction}>${story()}</div>`;
};

const preview: Preview = {
  decorators: [withLocale],
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Writing direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', direction: 'ltr' },
  parameters: {
    controls: { expanded: true },
    a11y: {
      // The same rules the test suite enforces, target size included.
      config: { rules: [{ id: 'target-size', enabled: true }] },
      test: 'error',
    },
  },
  tags: ['autodocs'],
};
export default preview;
