import { expect, it } from 'vitest';
import type { DesktopApi } from '../../../shared/ipc/contract';
import { createDesktopHost } from '../../../renderer/src/platform/desktopHost';

/** The preload bridge as far as imports go: records what the renderer asks main for. */
function recordingBridge() {
  const calls: unknown[][] = [];
  const started =
    (method: string) =>
    (...args: unknown[]) => {
      calls.push([method, ...args]);
      return Promise.resolve({ importId: 'resumed' });
    };
  const bridge = {
    importFromDialog: started('importFromDialog'),
    importSeeds: started('importSeeds'),
  } as unknown as DesktopApi;
  return { bridge, calls };
}

const missing = [
  { fileName: 'clerk.txt', relativePath: 'houston/clerk.txt' },
  { fileName: 'chief.pdf', relativePath: 'chief.pdf' },
];

it.each([
  ['folder', ['importFromDialog', 'folder', ['houston/clerk.txt', 'chief.pdf']]],
  ['files', ['importFromDialog', 'files', ['houston/clerk.txt', 'chief.pdf']]],
  ['dropped', ['importFromDialog', 'files', ['houston/clerk.txt', 'chief.pdf']]],
  ['seeds', ['importSeeds', ['houston/clerk.txt', 'chief.pdf']]],
] as const)('resuming a %s import asks main for only the files still missing', async (origin, expected) => {
  const { bridge, calls } = recordingBridge();
  await createDesktopHost(bridge, undefined).resumeImport(origin, missing);
  expect(calls).toEqual([expected]);
});
