import { expect, it } from 'vitest';
import { isImportCandidate } from '../../../renderer/src/platform/supportedFiles';

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
  ['legacy.doc', true],
  ['archive.zip', false],
])('a folder import takes %s: %s', (fileName, expected) => {
  expect(isImportCandidate(fileName)).toBe(expected);
});
