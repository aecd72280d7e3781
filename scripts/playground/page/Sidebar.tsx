/**
 * The add-on's sidebar, as Sheets shows it: 300 px on the right, a title bar and a close button,
 * and the real dist/sidebar.html in an iframe whose google.script.run posts to the server.
 */
import type { JSX } from 'preact';

export const SIDEBAR_WIDTH = 300;

export function Sidebar(props: { id: number; title: string; onClose(): void }): JSX.Element {
  return (
    <aside class="sidebar" style={{ width: `${SIDEBAR_WIDTH}px` }} data-testid="sidebar">
      <div class="sidebar-title">
        <span data-testid="sidebar-title">{props.title}</span>
        <button
          type="button"
          class="sidebar-close"
          data-testid="sidebar-close"
          title="Close"
          onClick={props.onClose}
        >
          ×
        </button>
      </div>
      <iframe
        key={props.id}
        class="sidebar-frame"
        data-testid="sidebar-frame"
        title={props.title}
        src={`/sidebar?id=${props.id}`}
      />
    </aside>
  );
}
