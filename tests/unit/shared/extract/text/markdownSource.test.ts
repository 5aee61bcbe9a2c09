import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../../shared/extract';
import { frontMatterText } from '../../../../../shared/extract/text/frontMatter';

async function markdownText(source: string): Promise<string> {
  const outcome = await extractDocument(new TextEncoder().encode(source), 'job.md');
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.document.text;
}

describe('Markdown read as a spec', () => {
  it('turns YAML front matter into a title, fields, prose and lists, leaving the generator plumbing out', () => {
    const text = frontMatterText(
      "layout: job-posting\ntitle: 'Policy Analyst'\ngrade: EC-05\nleverId: 9f2\narchived: true\ndescription: >-\n  We are hiring a policy analyst to advise on digital policy across the whole of government and its partners.\nduties:\n  - Drafts briefing notes\n  - Leads consultations",
    );
    expect(text).toBe(
      '# Policy Analyst\n\nGrade: EC-05\n\nWe are hiring a policy analyst to advise on digital policy across the whole of government and its partners.\n\n## Duties\n\n- Drafts briefing notes\n- Leads consultations',
    );
  });

  it('keeps a front matter block that is not a YAML mapping as it was', () => {
    expect(frontMatterText('- just\n- a list')).toBeNull();
    expect(frontMatterText('title: [unclosed')).toBeNull();
  });

  it('drops template comments and tags, prints inline HTML summary lists as fields and links as their words', async () => {
    const source = [
      '---',
      'title: Data engineer',
      '---',
      '<!-- Replace the grade below before publishing -->',
      '<dl class="govuk-summary-list">',
      '  <div><dt>Grade</dt>',
      '  <dd>SEO</dd></div>',
      '</dl>',
      '',
      '{{ partial "apply.html" }}',
      'This role is classified as [IT-04 (previously CS-04](https://example.org/a_(b)) in the group. ![logo](x.png)',
      '',
      '## You will',
      '- build pipelines',
    ].join('\n');
    expect(await markdownText(source)).toBe(
      '# Data engineer\n\nGrade: SEO\n\nThis role is classified as IT-04 (previously CS-04 in the group.\n\n## You will\n- build pipelines',
    );
  });
});
