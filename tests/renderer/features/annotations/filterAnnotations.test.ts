import { describe, expect, it } from 'vitest';
import type { LibraryAnnotation } from '../../../../renderer/src/db/annotations';
import { filterAnnotations } from '../../../../renderer/src/features/annotations/filterAnnotations';

const item = (note: string, tags: string[], title: string): LibraryAnnotation => ({
  row: {
    id: 1,
    classKey: 'k',
    specId: 's',
    status: 'anchored',
    target: {
      quote: { exact: 'Supervises staff', prefix: '', suffix: '' },
      position: { start: 0, end: 16 },
      textHash: 'h',
    },
    madeOnVersion: 1,
    color: 'blue',
    note,
    tags,
    createdAt: 1,
    updatedAt: 1,
  },
  summary: {
    id: 's',
    classKey: 'k',
    version: 1,
    isLatest: 1,
    sourceName: 'a.txt',
    importedAt: 1,
    employer: 'City of Houston',
    title,
    code: '887',
    grade: '26',
    gradeNumber: 26,
    family: [],
    warnings: [],
  },
});

describe('filterAnnotations', () => {
  const items = [
    item('Union disputes this duty', ['union'], 'Section Chief'),
    item('Sets the supervisor apart', ['distinguishing'], 'Customer Service Supervisor'),
  ];

  it('matches note text, tags and class title, every word, ignoring case and accents', () => {
    expect(filterAnnotations(items, 'UNION').map((found) => found.row.note)).toEqual(['Union disputes this duty']);
    expect(filterAnnotations(items, 'distinguishing').length).toBe(1);
    expect(filterAnnotations(items, 'supervisor apart').length).toBe(1);
    expect(filterAnnotations(items, 'chief').map((found) => found.summary?.title)).toEqual(['Section Chief']);
    expect(filterAnnotations(items, 'houston').length).toBe(2);
    expect(filterAnnotations(items, 'chief apart')).toEqual([]);
    expect(filterAnnotations(items, '  ').length).toBe(2);
  });
});
