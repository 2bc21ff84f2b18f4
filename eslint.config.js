import tseslint from 'typescript-eslint';

/**
 * The layering, enforced for every folder (docs/architecture.md):
 *   src/data → src/analysis → src/worker (protocol) → src/state → src/map, src/ui
 * Pure layers use no DOM; nothing upstream imports what is downstream of it.
 */

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

const rule = (group, message) => ({ group, message });

const NO_UI = rule(
  ['preact', 'preact/*', '@preact/*', '**/ui/*'],
  'Only src/ui renders: this layer must not import Preact or src/ui.',
);
/** src/state holds signals but renders nothing. */
const NO_RENDER = rule(
  ['preact', 'preact/*', '**/ui/*'],
  'src/state renders nothing: no Preact components, no src/ui.',
);
const NO_MAP = rule(
  ['maplibre-gl', 'maplibre-gl/*', '**/map/*', '**/map/layers/*'],
  'src/map is downstream of this layer: pass values to it, do not import it.',
);
const NO_STATE = rule(['**/state/*'], 'src/state is downstream of this layer.');
const NO_WORKER = rule(['**/worker/*'], 'The worker is downstream of this layer.');
const NO_PERSISTENCE = rule(
  ['**/persistence/*'],
  'Stores are reached from src/state and the worker, not from here.',
);
/** The page talks to the worker through its protocol types and client only. */
const WORKER_BOUNDARY = rule(
  ['**/worker/*', '!**/worker/protocol', '!**/worker/client', '!**/worker/demoRequests'],
  'The page reaches the worker only through worker/protocol (types) and worker/client.',
);
const NO_DATA = rule(
  ['**/data/*', '**/data/**'],
  'Data flows one way: src/analysis must not import src/data.',
);

const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'node_modules/**', 'test/e2e/output/**', 'dev-dist/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/data/**/*.ts', 'src/map/layers/**/*.ts'],
    rules: {
      ...restrict(NO_UI, NO_MAP, NO_STATE, NO_WORKER, NO_PERSISTENCE),
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    files: ['src/map/layers/**/*.ts'],
    rules: restrict(
      NO_UI,
      rule(['maplibre-gl', 'maplibre-gl/*', '**/MapController*'], 'Layer builders are pure.'),
      NO_STATE,
      NO_WORKER,
      NO_PERSISTENCE,
    ),
  },
  {
    files: ['src/analysis/**/*.ts'],
    rules: {
      ...restrict(NO_UI, NO_MAP, NO_STATE, NO_WORKER, NO_PERSISTENCE, NO_DATA),
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    // Tests may build their fixtures with the data readers.
    files: ['src/analysis/**/*.test.ts'],
    rules: restrict(NO_UI, NO_MAP, NO_STATE, NO_WORKER, NO_PERSISTENCE),
  },
  {
    files: ['src/worker/**/*.ts'],
    rules: restrict(NO_UI, NO_MAP, NO_STATE),
  },
  {
    files: ['src/persistence/**/*.ts'],
    rules: restrict(NO_UI, NO_MAP, NO_STATE, NO_WORKER),
  },
  {
    files: ['src/state/**/*.ts'],
    rules: restrict(NO_RENDER, NO_MAP, WORKER_BOUNDARY),
  },
  {
    // State tests run the real worker functions in-process.
    files: ['src/state/**/*.test.ts'],
    rules: restrict(NO_RENDER, NO_MAP),
  },
  {
    files: ['src/map/*.ts'],
    rules: restrict(
      rule(['preact', 'preact/*', '**/ui/*'], 'src/map must not import src/ui.'),
      WORKER_BOUNDARY,
      NO_PERSISTENCE,
    ),
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: restrict(WORKER_BOUNDARY, NO_PERSISTENCE),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: restrict(NO_UI, NO_MAP, NO_STATE),
  },
  {
    files: ['scripts/**/*.{ts,mjs}', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
