import { describe, expect, it } from 'vitest';
import { extractDocument, type ExtractErrorCode } from '../../../../shared/extract';
import { renderDocx, renderPdf } from '../../../fixtures/generateSpecDocuments';
import {
  binaryJunk,
  declareUncompressedSize,
  imageOnlyPdf,
  oleCompoundFile,
  passwordPdf,
  truncated,
  zipBombDocx,
} from '../../../fixtures/generateMalformed';
import { customerServiceSupervisor } from '../../../fixtures/extract/sampleSpecs';

const text = (value: string) => new TextEncoder().encode(value);

const malformed: readonly (readonly [
  string,
  string,
  () => Promise<Uint8Array> | Uint8Array,
  ExtractErrorCode,
  RegExp,
])[] = [
  ['an empty file', 'empty.txt', () => new Uint8Array(0), 'empty', /empty/],
  ['a file of whitespace', 'blank.txt', () => text(' \r\n\t\n '), 'empty', /empty/],
  ['binary junk named .txt', 'junk.txt', () => binaryJunk(20_000), 'binary', /binary data, not text/],
  [
    'a truncated PDF',
    'cut.pdf',
    async () => truncated((await renderPdf(customerServiceSupervisor)).bytes),
    'corrupt',
    /truncated/,
  ],
  [
    'a truncated DOCX',
    'cut.docx',
    async () => truncated(await renderDocx(customerServiceSupervisor)),
    'corrupt',
    /damaged or truncated/,
  ],
  ['a DOCX whose document expands 1000:1', 'bomb.docx', () => zipBombDocx(8), 'zip_bomb', /zip bomb/],
  [
    'a DOCX declaring 1 GB uncompressed',
    'huge.docx',
    () => declareUncompressedSize(zipBombDocx(1), 1024 ** 3),
    'zip_bomb',
    /200 MB/,
  ],
  [
    'an encrypted or legacy Office file',
    'old.doc',
    oleCompoundFile,
    'encrypted',
    /save it as \.docx without a password/,
  ],
  ['a password-protected PDF', 'locked.pdf', passwordPdf, 'password', /password-protected PDF: remove the password/],
  ['an image-only PDF', 'scan.pdf', imageOnlyPdf, 'no_text', /no extractable text \(scanned image\?\)/],
  [
    'a zip that is not a Word document',
    'archive.docx',
    async () => (await import('fflate')).zipSync({ 'a.txt': text('x') }),
    'not_word',
    /not a Word document/,
  ],
  [
    'a Word package without word/document.xml',
    'hollow.docx',
    async () =>
      (await import('fflate')).zipSync({
        '[Content_Types].xml': text('<Types/>'),
        'word/styles.xml': text('<w:styles/>'),
      }),
    'corrupt',
    /word\/document\.xml is missing/,
  ],
  [
    'a spreadsheet renamed .docx',
    'sheet.docx',
    async () =>
      (await import('fflate')).zipSync({
        '[Content_Types].xml': text('<Types/>'),
        'xl/workbook.xml': text('<workbook/>'),
      }),
    'not_word',
    /not a Word document/,
  ],
];

describe('extractDocument on broken and hostile files', () => {
  it.each(malformed)('%s gives its documented error', async (_name, fileName, make, code, message) => {
    const outcome = await extractDocument(await make(), fileName);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe(code);
    expect(`${outcome.error.message}: ${outcome.error.advice}`).toMatch(message);
  });

  it('refuses a file over the size cap before looking at it', async () => {
    const outcome = await extractDocument(text('Clerk '.repeat(1000)), 'big.txt', { maxBytes: 1000 });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'too_large' } });
  });
});

describe('extractDocument on text encodings', () => {
  const withBom = (bom: readonly number[], body: Uint8Array) => new Uint8Array([...bom, ...body]);
  const utf16le = (value: string) => new Uint8Array(new Uint16Array([...value].map((c) => c.charCodeAt(0))).buffer);
  const swap = (bytes: Uint8Array) => bytes.map((_, index) => bytes[index ^ 1] ?? 0);
  const expected = 'Clerk “II” – files’ records\nDuties';

  it.each([
    [
      'Windows-1252',
      new Uint8Array([
        ...text('Clerk '),
        0x93,
        ...text('II'),
        0x94,
        0x20,
        0x96,
        ...text(' files'),
        0x92,
        ...text(' records\r\nDuties'),
      ]),
      'windows-1252',
    ],
    ['UTF-16 LE with BOM', withBom([0xff, 0xfe], utf16le('Clerk “II” – files’ records\r\nDuties')), 'utf-16le'],
    ['UTF-16 BE with BOM', withBom([0xfe, 0xff], swap(utf16le('Clerk “II” – files’ records\r\nDuties'))), 'utf-16be'],
  ])('%s decodes without U+FFFD or NUL', async (_name, bytes, encoding) => {
    const outcome = await extractDocument(bytes, 'clerk.txt');
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.document.encoding).toBe(encoding);
    expect(outcome.document.text).toBe(expected);
    expect(outcome.document.text).not.toMatch(/[\uFFFD\u0000]/);
  });

  it.each([
    ['<meta charset>', '<meta charset="windows-1252">'],
    ['<meta http-equiv>', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'],
  ])('reads a Windows-1252 HTML page through its %s', async (_name, meta) => {
    const page = new Uint8Array([
      ...text(`<html><head>${meta}<title>x</title></head><body><p>`),
      0x93,
      ...text('Lead'),
      0x94,
      ...text('</p></body></html>'),
    ]);
    const outcome = await extractDocument(page, 'lead.html');
    expect(outcome).toMatchObject({ ok: true, document: { format: 'html', text: '“Lead”' } });
  });

  it('tells Markdown from plain text by the file name only', async () => {
    const outcome = await extractDocument(text('# Clerk\n\n- Files records'), 'clerk.md');
    expect(outcome).toMatchObject({
      ok: true,
      document: { format: 'md', text: '# Clerk\n\n- Files records', encoding: 'utf-8' },
    });
  });
});
