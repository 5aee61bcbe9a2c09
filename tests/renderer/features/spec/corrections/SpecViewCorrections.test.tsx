import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../../../../renderer/src/db/db';
import { storeImportedSpec } from '../../../../../renderer/src/db/storeImportedSpec';
import { SpecView } from '../../../../../renderer/src/features/spec/SpecView';
import { sampleSpec } from '../../../../unit/shared/corrections/sampleSpec';

beforeAll(async () => {
  const spec = sampleSpec();
  await storeImportedSpec(
    {
      fileName: 'permit.txt',
      relativePath: 'permit.txt',
      format: 'txt',
      hash: 'permit-1',
      size: spec.text.length,
      spec,
    },
    1,
  );
});
afterEach(cleanup);
afterAll(async () => {
  await db.delete();
});

// Each correction is a database write and a live-query re-render: allow for a busy machine.
const settled = { timeout: 8000 };
const essentialDuties = () => within(screen.getByRole('region', { name: 'Essential duties' })).getAllByRole('listitem');

describe('correcting the parse in the spec view', () => {
  it('corrects the title, splits a duty, marks both as corrected by analyst, and undoes step by step', async () => {
    render(<SpecView specId="permit-1" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Correct the parse' }));

    const form = screen.getByRole('form', { name: 'Correct the record' });
    fireEvent.change(within(form).getByLabelText('Title'), {
      target: { value: 'Permit Technician I' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save fields' }));
    await waitFor(
      () =>
        expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Permit Technician I corrected by analyst'),
      settled,
    );

    fireEvent.click(
      within(screen.getByRole('group', { name: 'Correct essential duty 1' })).getByRole('button', { name: 'Split' }),
    );
    const box = screen.getByLabelText<HTMLTextAreaElement>('Text of essential duty 1');
    const cut = box.value.indexOf('answers questions');
    box.setSelectionRange(cut, cut);
    fireEvent.click(screen.getByRole('button', { name: 'Split here' }));
    await waitFor(() => expect(essentialDuties()).toHaveLength(4), settled);
    expect(essentialDuties()[1]!.textContent).toMatch(
      /^answers questions from contractors about fees\.\s*corrected by analyst/,
    );
    expect(screen.getByRole('heading', { name: 'Corrections (2)' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Undo last correction' }));
    await waitFor(() => expect(essentialDuties()).toHaveLength(3), settled);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Permit Technician I corrected by analyst');
    fireEvent.click(screen.getByRole('button', { name: 'Undo last correction' }));
    await waitFor(
      () => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('PERMIT TECHNICIAN'),
      settled,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Redo' }));
    await waitFor(
      () =>
        expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Permit Technician I corrected by analyst'),
      settled,
    );
  });

  it('marks a selected passage as a duty and shows document text only as text', async () => {
    render(<SpecView specId="permit-1" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Correct the parse' }));
    const original = screen.getByLabelText<HTMLTextAreaElement>('Original text: select a passage');
    const passage = 'Reviews permit applications and advises the public on code requirements.';
    const start = original.value.indexOf(passage);
    original.setSelectionRange(start, start + passage.length);
    fireEvent.select(original);
    expect(screen.getByText(`Selected: “${passage}”`)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mark as duty' }));
    await waitFor(
      () => expect(essentialDuties()[0]!.textContent).toMatch(/^Reviews permit applications and advises/),
      settled,
    );
    expect(document.querySelector('script, img')).toBeNull();
  });
});
