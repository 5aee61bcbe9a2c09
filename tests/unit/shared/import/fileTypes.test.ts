import { expect, it } from 'vitest';
import { isImportCandidate } from '../../../../shared/import';

it.each([
  ['clerk.txt', true],
  ['Clerk.PDF', true],
  ['spec.docx', true],
  ['spec.htm', true],
  ['notes.markdown', true],
  ['photo.jpg', false],
  ['.DS_Store', false],
  ['.hidden.txt', false],
  ['~$spec.docx', false],
  ['Thumbs.db', false],
  ['legacy.doc', true],
  ['archive.zip', false],
  ['no-extension', false],
])('a folder import takes %s: %s', (fileName, expected) => {
  expect(isImportCandidate(fileName)).toBe(expected);
});
