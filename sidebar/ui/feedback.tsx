/** Messages and progress: live regions, so a screen reader hears results without moving focus. */
import { useText, type UiText } from '../i18n';

/** A message as a function of the texts, so it follows a change of the UI language. */
export interface Notice {
  kind: 'error' | 'success' | 'info';
  text: (t: UiText) => string;
  /** Further lines, e.g. every error of an import. */
  details?: readonly string[];
  /** A link to open in a new tab (a server-made address, e.g. the PDF export of a journal). */
  link?: { href: string; text: (t: UiText) => string };
}

/** The server joins several problems with newlines (e.g. every error of an import): one line each. */
export function errorNotice(error: unknown): Notice {
  const message = error instanceof Error ? error.message : String(error ?? '');
  const lines = message
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length > 1) return { kind: 'error', text: (t) => t.problemsFound(lines.length), details: lines };
  return { kind: 'error', text: (t) => lines[0] ?? t.unknownError };
}

/** Always in the page (an aria-live region must exist before its content changes). */
export function Messages({ notice, onDismiss }: { notice: Notice | null; onDismiss?: () => void }) {
  const t = useText();
  return (
    <div class="messages" aria-live="polite">
      {notice && (
        <div class={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <div class="notice-text">
            {notice.text(t)}
            {notice.details && (
              <ul>
                {notice.details.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
            {notice.link && /^https:\/\//.test(notice.link.href) && (
              <div>
                <a href={notice.link.href} target="_blank" rel="noopener noreferrer">
                  {notice.link.text(t)}
                </a>
              </div>
            )}
          </div>
          {onDismiss && (
            <button
              type="button"
              class="dismiss"
              aria-label={t.dismiss}
              title={t.dismiss}
              onClick={onDismiss}
            >
              ×
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/** Waiting for the server, length unknown. */
export function Busy({ label }: { label?: string }) {
  const t = useText();
  return (
    <div class="busy">
      <div class="progress indeterminate" role="progressbar" aria-label={label ?? t.working}>
        <div class="bar" />
      </div>
      <div class="progress-text">{label ?? t.working}</div>
    </div>
  );
}

export function ProgressBar({
  value,
  max,
  label,
  text,
}: {
  value: number;
  max: number;
  label: string;
  text: string;
}) {
  const pct = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <div class="busy">
      <div
        class="progress"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={text}
      >
        <div class="bar" style={{ width: `${pct}%` }} />
      </div>
      <div class="progress-text">{text}</div>
    </div>
  );
}
