import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'dist-demo/', 'storybook-static/', 'custom-elements.json'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Announcement text is untrusted: it must never reach an HTML sink.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Render rich text through the sanitizing renderer.' }] },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Untrusted text must not reach innerHTML.' },
        { property: 'outerHTML', message: 'Untrusted text must not reach outerHTML.' },
        { property: 'insertAdjacentHTML', message: 'Untrusted text must not reach insertAdjacentHTML.' },
      ],
    },
  },
  {
    // Chai's property assertions (`.to.be.empty`) read as bare expressions.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['scripts/**', 'server/**', '*.config.*', '.puppeteerrc.cjs', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-properties': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
);
