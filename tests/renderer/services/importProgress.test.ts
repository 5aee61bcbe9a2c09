import { expect, it } from 'vitest';
import {
  advanceProgress,
  IDLE_PROGRESS,
  type ImportProgress,
  type StoreResult,
} from '../../../renderer/src/services/importProgress';
import type { ImportEvent } from '../../../shared/ipc/contract';
import { importedSpec } from '../db/importedSpec';

const imported = (done: number, hash: string): ImportEvent => ({
  kind: 'imported',
  importId: 'i',
  done,
  total: 4,
  spec: importedSpec({ hash, fileName: `${hash}.txt` }),
});

it('counts added, unchanged and failed files, keeping each failure with its file name', () => {
  const steps: readonly [ImportEvent, StoreResult?][] = [
    [{ kind: 'started', importId: 'i', total: 4, files: [] }],
    [imported(1, 'a'), { kind: 'added' }],
    [imported(2, 'b'), { kind: 'unchanged' }],
    [imported(3, 'c'), { kind: 'failed', message: 'Storage is full' }],
    [
      {
        kind: 'failed',
        importId: 'i',
        done: 4,
        total: 4,
        failure: {
          fileName: 'd.pdf',
          relativePath: 'x/d.pdf',
          code: 'corrupt',
          message: 'damaged',
          advice: 're-save it',
        },
      },
    ],
    [{ kind: 'finished', importId: 'i', done: 4, total: 4, cancelled: false }],
  ];
  const progress = steps.reduce<ImportProgress>(
    (state, [event, stored]) => advanceProgress(state, event, stored),
    IDLE_PROGRESS,
  );
  expect(progress).toMatchObject({
    importId: 'i',
    isRunning: false,
    isCancelled: false,
    done: 4,
    total: 4,
    added: 1,
    unchanged: 1,
  });
  expect(progress.failures.map((failure) => [failure.relativePath, failure.code, failure.message])).toEqual([
    ['c.txt', 'storage', 'Storage is full'],
    ['x/d.pdf', 'corrupt', 'damaged'],
  ]);
});

it('a new import starts from zero', () => {
  const before: ImportProgress = {
    ...IDLE_PROGRESS,
    importId: 'old',
    added: 3,
    failures: [{ fileName: 'f', relativePath: 'f', code: 'empty', message: 'm', advice: 'a' }],
  };
  expect(advanceProgress(before, { kind: 'started', importId: 'new', total: 2, files: [] })).toEqual({
    ...IDLE_PROGRESS,
    importId: 'new',
    isRunning: true,
    total: 2,
  });
});
