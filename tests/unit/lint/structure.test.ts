import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_LINES, structureRules } from '../../../eslint.structure.mjs';

// Lints snippets as if they sat at real paths in the repository, so the rules resolve the real folders
// (an index.ts exists or not, a module imports the snippet's file back).
const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: structureRules, cwd: process.cwd() });

async function rulesFiredFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('structure rules', () => {
  it.each([
    [
      'renderer reaches a shared file past its index',
      'renderer/src/features/compare/x.ts',
      "import { diffText } from '../../../../shared/diff/diffText';",
      'structure/through-index',
    ],
    [
      'shared reaches a sibling folder file',
      'shared/report/x.ts',
      "import type { DiffOptions } from '../diff/diffText';",
      'structure/through-index',
    ],
    [
      'feature reaches a db file past its index',
      'renderer/src/features/library/x.ts',
      "import type { SpecSummary } from '../../db/types';",
      'structure/through-index',
    ],
    [
      'feature reaches another feature file',
      'renderer/src/features/series/x.ts',
      "import { ExportMenu } from '../export/ExportMenu';",
      'structure/through-index',
    ],
    [
      're-export past an index',
      'renderer/src/app/x.ts',
      "export { SpecPicker } from '../components/SpecPicker';",
      'structure/through-index',
    ],
    [
      'a module imports one that imports it back',
      'renderer/src/routing/route.ts',
      "import { navigate } from './useRoute';\nexport const go = navigate;",
      'import-x/no-cycle',
    ],
  ])('%s is an error', async (_case, filePath, code, rule) => {
    expect(await rulesFiredFor(filePath, code)).toContain(rule);
  });

  it.each([
    [
      'renderer imports a shared folder',
      'renderer/src/features/compare/x.ts',
      "import { diffText } from '../../../../shared/diff';",
    ],
    [
      'the IPC contract is a public file',
      'renderer/src/features/compare/x.ts',
      "import type { DesktopApi } from '../../../../shared/ipc/contract';",
    ],
    [
      'a sibling file in the same folder',
      'renderer/src/features/compare/x.ts',
      "import { describeLink } from './describeLink';",
    ],
    [
      'a folder reaches into its own subfolder without an index',
      'shared/extract/x.ts',
      "import { inspectZip } from './docx/inspectZip';",
    ],
    [
      'a feature imports another feature index',
      'renderer/src/features/series/x.ts',
      "import { ExportMenu } from '../export';",
    ],
    [
      'an import that does not come back',
      'renderer/src/routing/x.ts',
      "import { routeToHash } from './route';\nexport const hashOf = routeToHash;",
    ],
  ])('%s is allowed', async (_case, filePath, code) => {
    expect(await rulesFiredFor(filePath, code)).toEqual([]);
  });

  it('a file longer than the limit is an error, one at the limit is not', async () => {
    const linesOf = (count: number) =>
      Array.from({ length: count }, (_, line) => `export const value${line} = ${line};`).join('\n');
    expect(await rulesFiredFor('tests/unit/x.test.ts', linesOf(MAX_FILE_LINES + 1))).toContain('max-lines');
    expect(await rulesFiredFor('tests/unit/x.test.ts', linesOf(MAX_FILE_LINES))).toEqual([]);
  });
});
