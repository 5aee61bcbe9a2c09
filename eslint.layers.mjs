// Layering rules (who may import whom). Kept apart from eslint.config.mjs so a unit test can prove they fire.
const nodeOrElectron = {
  group: ['electron', 'electron/*', 'node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto'],
  message: 'Only electron/ may use Electron or Node APIs; pass what you need in as an argument.',
};
const rendererLayer = { group: ['**/renderer/**'], message: 'Main and shared code never import the UI.' };
const electronLayer = {
  group: ['**/electron/**'],
  message: 'Reach the main process only through renderer/src/platform (the typed bridge in shared/ipc).',
};
const uiOrStorage = {
  group: ['react', 'react-dom', 'react-dom/*', 'dexie', 'dexie-react-hooks'],
  message: 'shared/ is pure TypeScript: React and Dexie belong in renderer/.',
};
const dexie = {
  group: ['dexie'],
  message: 'Use the repository functions in renderer/src/db/ instead of Dexie directly.',
};
// A regex, not a gitignore-style group: the group 'diff' would also forbid our own '../diff' folder.
const appShell = {
  group: ['**/app', '**/app/**'],
  message: 'Only main.tsx mounts the app shell; move what features need into routing/, services/ or components/.',
};
const features = {
  group: ['**/features', '**/features/**'],
  message: 'Features sit on top: routing/, services/, components/, platform/ and db/ never import them.',
};
// Sibling features: '../library' (its index.ts) is fine, '../library/filterClasses' or '../compare/compare.css' is not.
const otherFeatureInternals = {
  regex: '^\\.\\./[^./][^/]*/',
  message:
    "Import another feature through its index.ts ('../library'); move what several features share into components/.",
};
const jsdiff = { regex: '^diff(?:/.*)?$', message: 'Use shared/diff (diffText) instead of jsdiff directly.' };

const restrict = (...patterns) => ['error', { patterns }];
const browserGlobals = ['window', 'document', 'process', 'navigator', 'localStorage', 'indexedDB'].map((name) => ({
  name,
  message: `shared/ must not touch the "${name}" global; pass the value in as an argument.`,
}));

/** @type {import('eslint').Linter.Config[]} */
export const layerRules = [
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/diff/**'],
    rules: {
      'no-restricted-imports': restrict(nodeOrElectron, electronLayer, rendererLayer, uiOrStorage, jsdiff),
      'no-restricted-globals': ['error', ...browserGlobals],
    },
  },
  {
    files: ['shared/diff/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(nodeOrElectron, electronLayer, rendererLayer, uiOrStorage),
      'no-restricted-globals': ['error', ...browserGlobals],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict(nodeOrElectron, electronLayer, jsdiff, dexie) },
  },
  {
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(nodeOrElectron, electronLayer, jsdiff, dexie, appShell, otherFeatureInternals),
    },
  },
  {
    files: ['renderer/src/{components,routing,services,platform}/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict(nodeOrElectron, electronLayer, jsdiff, dexie, appShell, features) },
  },
  {
    files: ['renderer/src/db/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict(nodeOrElectron, electronLayer, jsdiff, appShell, features) },
  },
  {
    files: ['electron/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(rendererLayer, uiOrStorage, jsdiff) },
  },
];
