import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ZIP_LIMITS, inspectZip } from '../../../../../shared/extract/docx/inspectZip';

const entry = new TextEncoder().encode('<w:document/>');

describe('inspectZip', () => {
  it('lists the entries of an ordinary archive', () => {
    expect(inspectZip(zipSync({ 'word/document.xml': entry, '[Content_Types].xml': entry }))).toEqual({
      ok: true,
      entries: ['word/document.xml', '[Content_Types].xml'],
    });
  });

  it('refuses an archive with too many entries', () => {
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`part${index}.xml`, entry]));
    expect(inspectZip(zipSync(many), { ...DEFAULT_ZIP_LIMITS, maxEntries: 30 })).toMatchObject({
      ok: false,
      error: { code: 'zip_bomb' },
    });
  });

  it('reports bytes that are not a zip as corrupt', () => {
    expect(inspectZip(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatchObject({
      ok: false,
      error: { code: 'corrupt' },
    });
  });
});
