import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { layerRules } from '../../../eslint.layers.mjs';

// Lints snippets with the project's real layering blocks (no type information needed), so a
// weakened rule shows up here rather than as a quietly impure shared/.
const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: layerRules, cwd: process.cwd() });

async function messagesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('layering rules', () => {
  it.each([
    ['shared imports Node', 'shared/spec/x.ts', "import { readFileSync } from 'node:fs';", 'no-restricted-imports'],
    ['shared imports fs', 'shared/spec/x.ts', "import fs from 'fs';", 'no-restricted-imports'],
    ['shared imports Electron', 'shared/compare/x.ts', "import { app } from 'electron';", 'no-restricted-imports'],
    ['shared imports React', 'shared/spec/x.ts', "import { useState } from 'react';", 'no-restricted-imports'],
    ['shared imports Dexie', 'shared/spec/x.ts', "import Dexie from 'dexie';", 'no-restricted-imports'],
    [
      'shared imports the UI',
      'shared/spec/x.ts',
      "import { App } from '../../renderer/src/app/App';",
      'no-restricted-imports',
    ],
    ['shared uses window', 'shared/spec/x.ts', 'export const w = window.innerWidth;', 'no-restricted-globals'],
    ['shared uses document', 'shared/spec/x.ts', 'export const t = document.title;', 'no-restricted-globals'],
    ['shared uses process', 'shared/spec/x.ts', 'export const e = process.env;', 'no-restricted-globals'],
    [
      'shared imports jsdiff outside shared/diff',
      'shared/compare/x.ts',
      "import { diffWords } from 'diff';",
      'no-restricted-imports',
    ],
    [
      'renderer imports Electron',
      'renderer/src/app/x.ts',
      "import { ipcRenderer } from 'electron';",
      'no-restricted-imports',
    ],
    [
      'renderer imports main code',
      'renderer/src/app/x.ts',
      "import { x } from '../../../electron/main/security';",
      'no-restricted-imports',
    ],
    [
      'renderer component imports Dexie',
      'renderer/src/features/library/x.tsx',
      "import Dexie from 'dexie';",
      'no-restricted-imports',
    ],
    ['main imports React', 'electron/main/x.ts', "import React from 'react';", 'no-restricted-imports'],
    [
      'feature imports the app shell',
      'renderer/src/features/library/x.tsx',
      "import { App } from '../../app';",
      'no-restricted-imports',
    ],
    [
      'feature imports a file of the app shell',
      'renderer/src/features/spec/x.ts',
      "import { TopNav } from '../../app/TopNav';",
      'no-restricted-imports',
    ],
    [
      'feature imports another feature stylesheet',
      'renderer/src/features/series/x.tsx',
      "import '../compare/print.css';",
      'no-restricted-imports',
    ],
    [
      'feature imports another feature file',
      'renderer/src/features/series/x.tsx',
      "import { collectFamilies } from '../library/filterClasses';",
      'no-restricted-imports',
    ],
    [
      'component imports a feature',
      'renderer/src/components/x.tsx',
      "import { LibraryView } from '../features/library';",
      'no-restricted-imports',
    ],
    [
      'routing imports the app shell',
      'renderer/src/routing/x.ts',
      "import { App } from '../app';",
      'no-restricted-imports',
    ],
    [
      'db imports a feature',
      'renderer/src/db/x.ts',
      "import { SpecView } from '../features/spec';",
      'no-restricted-imports',
    ],
  ])('%s is an error', async (_case, filePath, code, rule) => {
    const messages = await messagesFor(filePath, code);
    expect(messages.some((message) => message.startsWith(`${rule}:`))).toBe(true);
  });

  it.each([
    ['shared imports shared', 'shared/compare/x.ts', "import { parseSpec } from '../spec';"],
    ['shared/diff wraps jsdiff', 'shared/diff/x.ts', "import { diffWords } from 'diff';"],
    ['shared uses shared/diff', 'shared/compare/x.ts', "import { diffText } from '../diff';"],
    ['renderer db uses Dexie', 'renderer/src/db/x.ts', "import Dexie from 'dexie';"],
    ['main uses Node', 'electron/main/x.ts', "import { readFile } from 'node:fs/promises';"],
    ['app shell imports a feature', 'renderer/src/app/x.tsx', "import { LibraryView } from '../features/library';"],
    ['entry mounts the app shell', 'renderer/src/main.tsx', "import { App } from './app';"],
    [
      'feature imports another feature index',
      'renderer/src/features/series/x.tsx',
      "import { ExportMenu } from '../export';",
    ],
    [
      'feature imports shared components',
      'renderer/src/features/series/x.tsx',
      "import { SpecPicker } from '../../components';",
    ],
  ])('%s is allowed', async (_case, filePath, code) => {
    expect(await messagesFor(filePath, code)).toEqual([]);
  });
});
