import type { BatchResult } from '../forms/batch';
import { useText } from '../i18n';

export function BatchSummary({ result }: { result: BatchResult }) {
  const t = useText();
  const f = t.fromTemplate;
  return (
    <section class="summary" role="status" aria-label={f.summary}>
      <h3>{f.summary}</h3>
      <p class="ok">{f.created(result.created.length)}</p>
      {result.created.length > 0 && (
        <ul>
          {result.created.map((c) => (
            <li key={c.sheetName}>{c.sheetName}</li>
          ))}
        </ul>
      )}
      <p>{f.skipped(result.skipped.length)}</p>
      {result.skipped.length > 0 && (
        <ul>
          {result.skipped.map((c) => (
            <li key={c.sheetName}>{c.sheetName}</li>
          ))}
        </ul>
      )}
      {result.failed.length > 0 && (
        <div role="alert">
          <p class="bad">{f.failed(result.failed.length)}</p>
          <ul>
            {result.failed.map((c, i) => (
              <li key={i}>
                <strong>{c.className}</strong>: {c.message || t.unknownError}
              </li>
            ))}
          </ul>
        </div>
      )}
      {result.notStarted > 0 && <p class="muted">{f.notStarted(result.notStarted)}</p>}
    </section>
  );
}
