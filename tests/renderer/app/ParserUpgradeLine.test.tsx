import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ParserUpgradeLine } from '../../../renderer/src/app/ParserUpgradeLine';

afterEach(cleanup);

describe('ParserUpgradeLine', () => {
  it('shows progress while stored specs are re-read', () => {
    render(
      <ParserUpgradeLine upgrade={{ kind: 'running', done: 25, total: 120, changed: 4 }} onDismiss={() => undefined} />,
    );
    expect(screen.getByRole('status').textContent).toContain('25 of 120');
    expect(screen.getByRole('progressbar', { name: 'Stored specs re-read' })).toHaveProperty('value', 25);
  });

  it('says how many records changed when done', () => {
    render(
      <ParserUpgradeLine
        upgrade={{ kind: 'finished', done: 120, total: 120, changed: 37 }}
        onDismiss={() => undefined}
      />,
    );
    expect(screen.getByRole('status').textContent).toContain('37 of 120 records changed');
  });

  it('reports a failure in plain words', () => {
    render(
      <ParserUpgradeLine
        upgrade={{ kind: 'failed', message: 'the re-parse worker stopped' }}
        onDismiss={() => undefined}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('the re-parse worker stopped');
  });

  it('shows nothing when no spec needed re-reading', () => {
    const { container } = render(<ParserUpgradeLine upgrade={{ kind: 'idle' }} onDismiss={() => undefined} />);
    expect(container.textContent).toBe('');
  });
});
