import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      'public/data/',
      'node_modules/',
      '.cache/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['scripts/**', '*.config.*'], languageOptions: { globals: { process: 'readonly' } } },
  {
    languageOptions: { globals: { window: 'readonly', document: 'readonly', console: 'readonly' } },
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render data as text (textContent / DOM nodes).' },
        { property: 'outerHTML', message: 'Render data as text (textContent / DOM nodes).' },
        {
          property: 'insertAdjacentHTML',
          message: 'Render data as text (textContent / DOM nodes).',
        },
        { property: 'setHTMLUnsafe', message: 'Render data as text (textContent / DOM nodes).' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
);
