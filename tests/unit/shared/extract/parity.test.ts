import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument, type ExtractedDocument } from '../../../../shared/extract';
import { parseSpec } from '../../../../shared/spec';
import type { ParsedSpec } from '../../../../shared/model';
import { renderDocx, renderPdf, renderTxt, type RenderedPdf } from '../../../fixtures/generateSpecDocuments';
import { customerServiceSupervisor } from '../../../fixtures/extract/sampleSpecs';

async function extract(bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  const outcome = await extractDocument(bytes, fileName);
  if (!outcome.ok) throw new Error(`${fileName}: ${outcome.error.message}`);
  return outcome.document;
}

/** What must not depend on the file format (spans differ: PDF lines wrap). */
const essentials = (spec: ParsedSpec) => ({
  title: spec.title,
  code: spec.code,
  grade: spec.grade,
  duties: spec.duties.map((duty) => ({ text: duty.text.replace(/\s+/g, ' '), category: duty.category })),
  sections: spec.sections.map((section) => ({ kind: section.kind, heading: section.heading })),
});

// Word heading styles reach the text as Markdown heading marks ("## DEFINITION:"); they are structure, not words.
const words = (text: string) => text.split(/\s+/).filter((word) => word.length > 0 && !/^#{1,6}$/.test(word));

describe('the same spec as TXT, PDF and DOCX', () => {
  let pdf: RenderedPdf;
  const documents: Record<'txt' | 'pdf' | 'docx', ExtractedDocument> = {} as never;

  beforeAll(async () => {
    pdf = await renderPdf(customerServiceSupervisor);
    documents.txt = await extract(new TextEncoder().encode(renderTxt(customerServiceSupervisor)), 'spec.txt');
    documents.pdf = await extract(pdf.bytes, 'spec.pdf');
    documents.docx = await extract(await renderDocx(customerServiceSupervisor), 'spec.docx');
  });

  it('exercises page furniture and a duty continued across a page break in the PDF', () => {
    expect(pdf.pageCount).toBeGreaterThan(1);
    expect(pdf.paragraphsAcrossPages).toBeGreaterThan(0);
    expect(documents.pdf.pageCount).toBe(pdf.pageCount);
  });

  it.each(['pdf', 'docx'] as const)(
    '%s extracts the same words in the same order as the TXT, without headers or page numbers',
    (format) => {
      expect(words(documents[format].text)).toEqual(words(documents.txt.text));
    },
  );

  it.each(['pdf', 'docx'] as const)('%s keeps bullets, numbers and table rows on lines of their own', (format) => {
    const lines = documents[format].text.split('\n');
    const shaped = (pattern: RegExp) => lines.filter((line) => pattern.test(line)).length;
    const txtLines = documents.txt.text.split('\n');
    for (const pattern of [/^• /, /^\d+\. /, /\t/])
      expect(shaped(pattern)).toBe(txtLines.filter((line) => pattern.test(line)).length);
  });

  it.each(['pdf', 'docx'] as const)(
    '%s parses to the same title, code, grade, duties and sections as the TXT',
    (format) => {
      const expected = essentials(parseSpec(documents.txt.text));
      expect(expected).toMatchObject({
        title: expect.stringMatching(/customer service supervisor/i) as unknown,
        code: '4521',
        grade: '18',
      });
      const dutyTexts = expected.duties.map((duty) => duty.text);
      for (const duty of [...customerServiceSupervisor.essentialDuties, ...customerServiceSupervisor.otherDuties])
        expect(dutyTexts).toContain(duty);
      expect(essentials(parseSpec(documents[format].text))).toEqual(expected);
    },
  );
});
