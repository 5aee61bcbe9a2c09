import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../renderer/src/app/ErrorBoundary';

function Failing(): never {
  throw new Error('The local database could not be opened');
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

it('shows what went wrong instead of a blank screen, and recovers on another screen', () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const { rerender } = render(
    <ErrorBoundary resetKey="#/library">
      <Failing />
    </ErrorBoundary>,
  );
  expect(screen.getByRole('alert').textContent).toContain('The local database could not be opened');
  rerender(
    <ErrorBoundary resetKey="#/saved">
      <p>Saved comparisons</p>
    </ErrorBoundary>,
  );
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.getByText('Saved comparisons')).toBeTruthy();
});
