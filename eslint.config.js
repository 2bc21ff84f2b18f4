import tseslint from 'typescript-eslint';

/** Browser globals that the pure layers (data, analysis, map/layers) must not touch. */
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'HTMLElement',
  'Element',
  'requestAnimationFrame',
].map((name) => ({
  name,
  message: 'src/data, src/analysis and src/map/layers are pure: no DOM. Pass values in instead.',
}));

const UI_MODULES = {
  patterns: [
    {
      group: [
        'preact',
        'preact/*',
        '@preact/*',
        'maplibre-gl',
        'maplibre-gl/*',
        '**/ui/*',
        '**/state/*',
        '**/map/MapController*',
      ],
      message:
        'src/data, src/analysis and src/map/layers are pure: no Preact, maplibre, UI or state imports.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/e2e/output/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/data/**/*.ts', 'src/analysis/**/*.ts', 'src/map/layers/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', UI_MODULES],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    files: ['src/analysis/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...UI_MODULES.patterns,
            {
              group: ['**/data/*'],
              message: 'Data flows one way: src/analysis must not import src/data.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/persistence/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'preact',
                'preact/*',
                '@preact/*',
                'maplibre-gl',
                'maplibre-gl/*',
                '**/ui/*',
                '**/state/*',
                '**/map/*',
              ],
              message:
                'src/persistence stores what it is given: no Preact, maplibre, UI, state or map imports.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{ts,mjs}', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
