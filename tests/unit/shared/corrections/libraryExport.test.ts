import { describe, expect, it } from 'vitest';
import { fieldCorrection, libraryCorrectionsFor, readLibraryCorrections } from '../../../../shared/corrections';
import { identifyClass } from '../../../../shared/library/classIdentity';
import { sampleSpec } from './sampleSpec';

const parsed = sampleSpec();
const classKey = identifyClass(parsed, 'permit.txt').classKey;
const onV2 = {
  ...fieldCorrection(
    { id: 'a', createdAt: 1, origin: { specId: 'hash-v2', version: 2 } },
    parsed,
    'title',
    'Permit Technician I',
  ),
  classKey,
};

function exportFile(rows: unknown[]) {
  return {
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'reclass',
      databaseVersion: 4,
      tables: [],
      data: [
        {
          tableName: 'specs',
          inbound: true,
          rows: [
            { id: 'hash-v1', classKey, version: 1 },
            { id: 'hash-v2', classKey, version: 2 },
          ],
        },
        { tableName: 'corrections', inbound: true, rows },
      ],
    },
  };
}

describe('library export corrections', () => {
  it('gives a stored version the corrections made on it or before, and a new file all of its class', () => {
    const library = readLibraryCorrections(exportFile([onV2]));
    expect(
      libraryCorrectionsFor(library, {
        hash: 'hash-v1',
        fileName: 'permit.txt',
        spec: parsed,
      }),
    ).toEqual([]);
    expect(
      libraryCorrectionsFor(library, {
        hash: 'hash-v2',
        fileName: 'permit.txt',
        spec: parsed,
      }),
    ).toEqual([onV2]);
    expect(
      libraryCorrectionsFor(library, {
        hash: 'hash-new',
        fileName: 'permit.txt',
        spec: parsed,
      }),
    ).toEqual([onV2]);
    expect(
      libraryCorrectionsFor(library, {
        hash: 'other',
        fileName: 'x.txt',
        spec: { ...parsed, code: '9999' },
      }),
    ).toEqual([]);
  });

  it('rejects a file that is not a library export, and a malformed correction', () => {
    expect(() => readLibraryCorrections({ corrections: [] })).toThrow(/not a Reclass library export/);
    expect(() => readLibraryCorrections(exportFile([{ ...onV2, kind: 'rename' }]))).toThrow(
      /correction 1 .* malformed/,
    );
  });
});
