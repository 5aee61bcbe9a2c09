import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../../../shared/extract';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('sniffFormat', () => {
  it.each([
    ['a PDF named .txt', bytes('%PDF-1.7\n...'), 'notes.txt', 'pdf'],
    ['a zip named .pdf', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'spec.pdf', 'zip'],
    ['an OLE file named .docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'spec.docx', 'ole'],
    ['HTML with a doctype named .txt', bytes('<!DOCTYPE html><html><body>x'), 'spec.txt', 'html'],
    ['HTML starting with a comment', bytes('<!-- saved --> <html lang="en">'), 'spec.htm', 'html'],
    [
      'XHTML with an XML declaration',
      bytes('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'),
      'spec.xhtml',
      'html',
    ],
    ['Markdown by name', bytes('# Clerk'), 'clerk.md', 'md'],
    ['text with an .html name but no markup', bytes('Clerk\nDuties'), 'clerk.html', 'txt'],
  ])('%s → %s', (_name, input, fileName, expected) => {
    expect(sniffFormat(input, fileName)).toBe(expected);
  });
});
