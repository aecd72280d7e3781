import { useText } from '../../i18n';
import { call } from '../../rpc';
import { Busy, Messages, ProgressBar } from '../../ui/feedback';
import type { ReportsUiText } from './texts';
import type { useReportRun } from './useReportRun';

/** The progress bar with Cancel while a run goes, then its sheets (to open) and readable errors. */
export function RunStatus({ run, t }: { run: ReturnType<typeof useReportRun>; t: ReportsUiText }) {
  const { progress, result, error } = run;
  const ui = useText();
  return (
    <div>
      {progress && (
        <div>
          {/* Until the plan is known there is nothing to count: «0 of 0» would read as done. */}
          {progress.total === 0 ? (
            <Busy label={t.progressLabel} />
          ) : (
            <ProgressBar
              value={progress.done}
              max={progress.total}
              label={t.progressLabel}
              text={t.progress(progress.done, progress.total)}
            />
          )}
          <div class="actions">
            <button type="button" onClick={run.cancel}>
              {t.cancel}
            </button>
          </div>
        </div>
      )}
      <Messages notice={error ? { kind: 'error', text: () => error } : null} />
      {result && (
        <section class="report" aria-label={t.progressLabel}>
          <p role="status">{result.cancelled ? t.cancelled : t.done(result.sheets.length)}</p>
          <ul class="sheets">
            {result.sheets.map((sheet) => (
              <li key={sheet}>
                <button
                  type="button"
                  class="link"
                  title={t.open(sheet)}
                  onClick={() => void call('jumpTo', { sheetName: sheet, a1: 'A1' }).catch(() => undefined)}
                >
                  {sheet}
                </button>
                {/^https:\/\//.test(result.prints[sheet] ?? '') && (
                  <>
                    {' · '}
                    <a href={result.prints[sheet]} target="_blank" rel="noopener noreferrer">
                      {ui.printPdf}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
          {result.errors.length > 0 && (
            <div role="alert">
              <p>{t.failed(result.errors.length)}</p>
              <ul class="problems">
                {result.errors.map((e) => (
                  <li key={e.sheetName}>
                    <span class="where">{e.sheetName}</span> <span class="message">{e.message}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
