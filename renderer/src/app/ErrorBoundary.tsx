import { Component, type ReactNode } from 'react';

type ErrorBoundaryProps = Readonly<{ children: ReactNode; resetKey: string }>;
type ErrorBoundaryState = Readonly<{ error: Error | null; resetKey: string }>;

/**
 * Shows a readable message instead of a blank window when a view fails (for example when the
 * local database cannot be opened). A class, because React has no hook for catching render errors.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  // Navigating elsewhere gives the new screen a fresh chance.
  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section role="alert" aria-labelledby="error-title">
        <h1 id="error-title">This screen could not be shown</h1>
        <p>{error.message}</p>
        <p>Your stored specs are not affected. Try another screen, or reload the window.</p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </section>
    );
  }
}
