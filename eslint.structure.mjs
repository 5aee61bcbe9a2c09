// Folder structure rules (imports through index.ts, no cycles, small files). Kept apart from eslint.config.mjs so a unit test can prove they fire.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const CODE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs'];
const isFile = (candidate) => existsSync(candidate) && statSync(candidate).isFile();
const indexIn = (folder) => CODE_EXTENSIONS.map((ext) => path.join(folder, `index${ext}`)).find(isFile) ?? null;

function resolveRelative(base) {
  if (CODE_EXTENSIONS.includes(path.extname(base)) && isFile(base)) return base;
  const withExtension = CODE_EXTENSIONS.map((ext) => base + ext).find(isFile);
  if (withExtension) return withExtension;
  return existsSync(base) && statSync(base).isDirectory() ? indexIn(base) : null;
}

function commonFolder(first, second) {
  const a = first.split(path.sep);
  const b = second.split(path.sep);
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared += 1;
  return a.slice(0, shared).join(path.sep);
}

/**
 * A folder with an index.ts has a public surface: code outside the folder imports the index, never a file inside it.
 * Folders that contain the importer (siblings, parents) and folders without an index are not judged.
 */
const throughIndex = {
  meta: {
    type: 'problem',
    messages: { throughIndex: 'Import "{{folder}}" through its index.ts, not "{{specifier}}".' },
    schema: [
      {
        type: 'object',
        properties: { publicFiles: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const publicFiles = new Set(context.options[0]?.publicFiles ?? []);
    const fromFolder = path.dirname(context.filename);
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = resolveRelative(path.resolve(fromFolder, specifier));
      if (!target || publicFiles.has(path.relative(context.cwd, target).split(path.sep).join('/'))) return;
      let folder = commonFolder(fromFolder, path.dirname(target));
      for (const entered of path.relative(folder, path.dirname(target)).split(path.sep).filter(Boolean)) {
        folder = path.join(folder, entered);
        const index = indexIn(folder);
        if (index && index !== target) {
          const folderName = path.relative(context.cwd, folder).split(path.sep).join('/');
          context.report({ node: node.source, messageId: 'throughIndex', data: { folder: folderName, specifier } });
          return;
        }
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

// main/index.ts is the Electron entry point, not a public surface; the launcher and the CLI reuse these pieces of main.
const publicFiles = ['shared/ipc/contract.ts', 'electron/main/import/index.ts', 'electron/main/staticFiles.ts'];

export const MAX_FILE_LINES = 300;

/** @type {import('eslint').Linter.Config[]} */
export const structureRules = [
  {
    files: ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { 'import-x': importX, structure: { rules: { 'through-index': throughIndex } } },
    settings: {
      'import-x/extensions': CODE_EXTENSIONS,
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: [...CODE_EXTENSIONS, '.json'] })],
    },
    rules: {
      'structure/through-index': ['error', { publicFiles }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // One clear job per file: past 300 lines a file is doing several and is split by responsibility.
    files: ['**/*.{ts,tsx,mts,mjs}'],
    languageOptions: { parser: tseslint.parser },
    rules: { 'max-lines': ['error', { max: MAX_FILE_LINES, skipBlankLines: false, skipComments: false }] },
  },
];
