import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { buildComparisonReport } from '../../../../shared/report/comparisonReport';
import { renderComparisonHtml } from '../../../../shared/report/renderComparisonHtml';
import { dutiesA, dutiesB, makeComparison, pair, reading } from './comparisonFixture';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(2)">',
  '</style><script>alert(3)</script>',
  '"><svg onload=alert(4)>',
  "' onmouseover='alert(5)",
];

function hostileHtml(text: string): string {
  const comparison = makeComparison({
    a: { title: text, code: text, grade: text, jurisdiction: text },
    b: { title: `B ${text}`, code: null, grade: null, jurisdiction: null },
    duties: [pair(0, null, 'only-a'), pair(null, 0, 'only-b')],
    factors: [{ key: 'complexity', a: reading('complexity', 2, text), b: null, delta: null }],
    sections: [{ kind: 'summary', a: { heading: text, text, span: { start: 0, end: 1 } }, b: null }],
  });
  const report = buildComparisonReport({
    comparison,
    dutiesA: [text],
    dutiesB: [text],
    notes: [{ rowKey: 'duty:0:-', text }],
    differencesOnly: false,
    generatedOn: text,
    name: text,
  });
  return renderComparisonHtml(report);
}

describe('renderComparisonHtml', () => {
  it.each(HOSTILE)('never lets document text become markup: %s', (text) => {
    const tags: string[] = [];
    const attributes: string[] = [];
    let textContent = '';
    const parser = new Parser(
      {
        onopentag: (name, attribs) => {
          tags.push(name);
          attributes.push(...Object.keys(attribs));
        },
        ontext: (chunk) => {
          textContent += chunk;
        },
      },
      { decodeEntities: true },
    );
    parser.end(hostileHtml(text));
    expect(tags).not.toEqual(expect.arrayContaining(['script']));
    expect(tags.filter((tag) => ['img', 'svg', 'b'].includes(tag))).toEqual([]);
    expect(tags.filter((tag) => tag === 'style')).toHaveLength(1);
    expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
    expect(textContent).toContain(text);
  });

  it('escapes the hostile text rather than dropping it', () => {
    const html = hostileHtml('<b>Chief & "Deputy"</b>');
    expect(html).toContain('&lt;b&gt;Chief &amp; &quot;Deputy&quot;&lt;/b&gt;');
  });

  it('forbids scripts through its content security policy', () => {
    expect(hostileHtml('x')).toMatch(/Content-Security-Policy" content="default-src 'none'/);
  });

  it('prints both titles in the running page header and numbers the pages "n of m"', () => {
    const html = renderComparisonHtml(
      buildComparisonReport({
        comparison: makeComparison(),
        dutiesA,
        dutiesB,
        notes: [],
        differencesOnly: false,
        generatedOn: '23 Nov 2026',
      }),
    );
    expect(html).toContain('@top-left { content: "Customer Service Supervisor vs Customer Service Section Chief"');
    expect(html).toContain('counter(page) " of " counter(pages)');
    expect(html).toContain('size: landscape');
    expect(html).toMatch(/break-inside: avoid/);
  });

  it('puts the summary and factor table before the duties, and notes at the end as footnotes', () => {
    const html = renderComparisonHtml(
      buildComparisonReport({
        comparison: makeComparison(),
        dutiesA,
        dutiesB,
        notes: [{ rowKey: 'duty:1:1', text: 'Same work, new name.' }],
        differencesOnly: false,
        generatedOn: 'today',
      }),
    );
    const order = [
      'aria-label="Summary"',
      'aria-label="Factors"',
      'aria-label="Legend"',
      'aria-label="Duties"',
      'aria-label="Analyst notes"',
    ].map((marker) => html.indexOf(marker));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(html).toContain('href="#note-1">[1]</a>');
    expect(html).toContain('<strong>Duty A2 ↔ B2:</strong> Same work, new name.');
  });

  it('marks word changes with ins/del and labels each row in words', () => {
    const html = renderComparisonHtml(
      buildComparisonReport({
        comparison: makeComparison(),
        dutiesA,
        dutiesB,
        notes: [],
        differencesOnly: false,
        generatedOn: 'today',
      }),
    );
    expect(html).toContain('Plans <del>work</del>');
    expect(html).toContain('Plans <ins>operations</ins>');
    // Glyph and first word are joined by a no-break space so a wrapping cell never strands the glyph.
    expect(html).toContain('≈\u00a0Reworded');
    expect(html).toContain('◀\u00a0Only in A');
    expect(html).toContain('▲\u00a0B higher by 2');
  });

  it('prints the provenance of both documents and the preparer and case number', () => {
    const provenance = ['A', 'B'].map((role) => ({
      role,
      title: `Title ${role}`,
      employer: 'City of Houston',
      code: '886.7',
      grade: '18',
      version: '3',
      effective: 'December 1994',
      revised: 'July 2019',
      sourceName: `${role}.pdf`,
      hash: role.repeat(64),
      noteNumbers: [],
    }));
    const report = buildComparisonReport({
      comparison: makeComparison(),
      dutiesA,
      dutiesB,
      notes: [],
      differencesOnly: false,
      generatedOn: 'today',
      provenance,
      preparer: 'A. Analyst',
      caseNumber: 'RC-9',
    });
    const html = renderComparisonHtml(report);
    expect(html).toContain('Case RC-9 · Prepared by A. Analyst · Printed today');
    expect(html).toContain('<span class="rc-hash">' + 'B'.repeat(64) + '</span>');
    expect(html).toContain('<td>December 1994</td>');
    expect(html).toContain('@bottom-left { content: "Case RC');
  });

  it('leaves out identical rows when printing differences only, and says how many', () => {
    const html = renderComparisonHtml(
      buildComparisonReport({
        comparison: makeComparison(),
        dutiesA,
        dutiesB,
        notes: [],
        differencesOnly: true,
        generatedOn: 'today',
      }),
    );
    expect(html).not.toContain('<td>Supervises staff.</td>');
    expect(html).toContain('1 identical duty rows not shown.');
    expect(html).not.toContain('Physical effort');
  });
});
