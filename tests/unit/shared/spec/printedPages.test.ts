// Web postings printed to PDF: the extractor marks large type as "#"/"##" lines, site chrome sits around the posting.
import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../../../shared/spec';

const lines = (...rows: string[]) => rows.join('\n');

describe('postings printed from a web page', () => {
  it('takes the "# Title" below smaller marked site chrome as the title, and the chrome as no section', () => {
    const spec = parseSpec(lines('## Careers at UA', '# Entomology Collections Manager', '', '## Position Summary:', 'The museum seeks a manager.', '## Duties:', 'Curates the insect collection.'));
    expect(spec.title).toBe('Entomology Collections Manager');
    expect(spec.sections.map((section) => section.heading)).toEqual(['Position Summary:', 'Duties:']);
  });
});
