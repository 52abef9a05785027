import { Component, type ReactNode } from 'react';

interface Props {
  /** A new value clears the failure (the page's path: another page is tried afresh). */
  resetKey: string;
  children: ReactNode;
}

/**
 * A chunk that cannot be fetched (the connection dropped, or Tandem was updated and the old chunks
 * are gone) says so, with a reload, instead of blanking the app.
 */
export class ChunkErrorBoundary extends Component<Props, { failed: boolean; resetKey: string }> {
  override state = { failed: false, resetKey: this.props.resetKey };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  static getDerivedStateFromProps(props: Props, state: { resetKey: string }) {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section className="stack">
        <p role="alert" className="error">
          This page could not be loaded. Check your connection, or reload: Tandem may have been updated.
        </p>
        <div className="row">
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      </section>
    );
  }
}
