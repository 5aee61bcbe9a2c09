import { describe, expect, it } from 'vitest';
import { createTarget, reanchorAll, textHash, type AnchorTarget } from '../../../../shared/anchoring';

const OLD = [
  'EXAMPLES OF DUTIES:',
  '',
  'Supervises staff engaged in billing and collections. Reviews work for accuracy.',
  'Prepares the annual budget of the section and monitors expenditures.',
  'Performs related duties as required.',
  '',
  'MINIMUM QUALIFICATIONS:',
  '',
  "A bachelor's degree and four years of experience in customer service.",
].join('\n');

function targetOf(text: string, quote: string): AnchorTarget {
  const start = text.indexOf(quote);
  const target = createTarget(text, start, start + quote.length);
  if (!target) throw new Error('empty target');
  return target;
}

describe('reanchor', () => {
  it('keeps offsets on the same text', () => {
    const target = targetOf(OLD, 'Prepares the annual budget');
    expect(target.textHash).toBe(textHash(OLD));
    expect(reanchorAll(OLD, OLD, [target])[0]).toMatchObject({
      status: 'anchored',
      method: 'unchanged',
      start: target.position.start,
    });
  });

  it('follows the quote through edits elsewhere and rewording inside', () => {
    const target = targetOf(OLD, 'Prepares the annual budget of the section and monitors expenditures.');
    const newText = `CITY OF SPRINGFIELD\n\n${OLD}`.replace('annual budget', 'yearly budget');
    const [result] = reanchorAll(OLD, newText, [target]);
    expect(result).toMatchObject({
      status: 'anchored',
      quote: 'Prepares the yearly budget of the section and monitors expenditures.',
    });
  });

  it('orphans a deleted sentence rather than attach to its neighbour', () => {
    const target = targetOf(OLD, 'Supervises staff engaged in billing and collections.');
    const newText = OLD.replace('Supervises staff engaged in billing and collections. ', '');
    expect(reanchorAll(OLD, newText, [target])[0]?.status).toBe('orphaned');
  });

  it('stays on the original when the same sentence is inserted again elsewhere', () => {
    const sentence = 'Performs related duties as required.';
    const target = targetOf(OLD, sentence);
    const newText = OLD.replace('MINIMUM QUALIFICATIONS:\n\n', `MINIMUM QUALIFICATIONS:\n\n${sentence} `);
    const [result] = reanchorAll(OLD, newText, [target]);
    expect(result).toMatchObject({ status: 'anchored', start: newText.indexOf(sentence) });
    expect(newText.indexOf(sentence, (result?.status === 'anchored' ? result.start : 0) + 1)).toBeGreaterThan(0);
  });

  it('orphans a deleted copy of a repeated sentence instead of moving to the other copy', () => {
    const doubled = `${OLD}\nPerforms related duties as required.`;
    const lastCopy = doubled.lastIndexOf('Performs related duties as required.');
    const target = createTarget(doubled, lastCopy, doubled.length);
    if (!target) throw new Error('empty target');
    expect(reanchorAll(doubled, OLD, [target])[0]?.status).toBe('orphaned');
  });

  it('finds the quote of a moved section', () => {
    const target = targetOf(OLD, "A bachelor's degree and four years of experience in customer service.");
    const moved = OLD.split('\n\n');
    const newText = [moved[0], moved[3], moved[2], moved[1]].join('\n\n');
    expect(reanchorAll(OLD, newText, [target])[0]).toMatchObject({
      status: 'anchored',
      start: newText.indexOf("A bachelor's"),
    });
  });
});
