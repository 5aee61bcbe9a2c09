import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../shared/extract';
import { readGoldLines, scoreFields, type ScoredField } from '../../../../shared/parseEval';
import { parseSpec } from '../../../../shared/spec';

const corpusDir = fileURLToPath(new URL('../../../fixtures/corpus/', import.meta.url));
const { records } = readGoldLines(readFileSync(`${corpusDir}gold.jsonl`, 'utf8'));

// One real document per layout; a field listed here is still read wrong (see the report's remaining failure kinds).
const LAYOUTS: Readonly<Record<string, { layout: string; stillWrong: readonly ScoredField[] }>> = {
  'canada-cds__executive-assistant.md': {
    layout: 'Markdown with YAML front matter, grade stated in prose',
    stillWrong: [],
  },
  'canada-cds__head-of-software-development.md': {
    layout: 'Markdown, bold pseudo-headings, numbered items with nested bullets',
    stillWrong: ['sections'],
  },
  'uk-gds__web-operations-jd.md': {
    layout: 'Markdown, tab-aligned LABEL: value block, capital form labels',
    stillWrong: ['sections'],
  },
  'uk-gds__Developer-generic.docx': { layout: 'Word document with bold-run headings', stillWrong: [] },
  'austin__Austin-Service-Designer.docx': { layout: 'Word document with Heading 3/4 styles', stillWrong: [] },
  'uk-house-of-lords__job_detail_page.html': {
    layout: 'web page with site chrome, h3 field labels and bold sub-headings',
    stillWrong: ['sections'],
  },
  'us-va__job_description.pdf': {
    layout: 'PDF recruitment notice embedding a federal position description',
    stillWrong: [],
  },
  'virginia-vmnh__va-museum-herp-curator-2021.pdf': {
    layout:
      'PDF of a state posting system: two-column field table, larger-type headings, duties in a list the job description introduces',
    stillWrong: ['sections'],
  },
  'florida-fwc__flfwc-coll-mgr-marine-invet-2025.pdf': {
    layout:
      'PDF of a state job board printed from a browser: site chrome, duty paragraphs with no gap between them under an overview-and-responsibilities heading',
    stillWrong: ['sections'],
  },
};

describe.each(records)('real document $file', (gold) => {
  const expected = LAYOUTS[gold.file];

  it(`reads the fields of its layout (${expected?.layout ?? 'unlisted'})`, async () => {
    expect(expected).toBeDefined();
    const outcome = await extractDocument(new Uint8Array(readFileSync(corpusDir + gold.file)), gold.file);
    if (!outcome.ok) throw new Error(outcome.error.message);
    const spec = parseSpec(outcome.document.text);
    const scores = scoreFields(gold, { ...spec, experienceYears: spec.qualifications.experienceYears });
    const right = (Object.keys(scores) as ScoredField[]).filter((field) => scores[field] === 1);
    const allFields = Object.keys(scores) as ScoredField[];
    expect(right).toEqual(allFields.filter((field) => !expected?.stillWrong.includes(field)));
  });
});
