import { useState } from 'preact/hooks';
import type { Lang } from '../../src/core/i18n/messages';
import type { PanelData } from '../../src/shared/endpoints';
import { latestScopeId, parseScopeId } from '../../src/core/reports/scopeId';
import { buildMonitoring } from '../features/reports/runs';
import { RunStatus } from '../features/reports/RunStatus';
import { REPORTS_UI } from '../features/reports/texts';
import { useReportRun } from '../features/reports/useReportRun';
import { call } from '../rpc';
import { SelectField } from '../ui/fields';

const SCOPES = ['q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'year'] as const;

/** The school's monitoring for a quarter, a half-year or the year, over every journal. */
export function MonitoringPanel({ data, lang }: { data: PanelData; lang: Lang }) {
  const t = REPORTS_UI[lang];
  const [scope, setScope] = useState<string>(() => latestScopeId(data.journals));
  const run = useReportRun();

  const label = (id: string) => {
    const s = parseScopeId(id);
    return !s || s.kind === 'year'
      ? t.scopes.year
      : s.kind === 'half'
        ? t.scopes.half(s.n)
        : t.scopes.quarter(s.n);
  };

  function build() {
    void run.start((onProgress, cancel) => buildMonitoring(call, scope, onProgress, cancel));
  }

  return (
    <div>
      <h2>{t.monitoringTitle}</h2>
      <p class="muted">{t.monitoringIntro}</p>
      {data.journals.length === 0 ? (
        <p role="status">{t.noJournals}</p>
      ) : (
        <div>
          <SelectField
            label={t.scope}
            value={scope}
            options={SCOPES.map((id) => ({ value: id, label: label(id) }))}
            onChange={setScope}
          />
          <div class="actions">
            <button type="button" class="primary" disabled={run.running} onClick={build}>
              {t.buildMonitoring}
            </button>
          </div>
        </div>
      )}
      <RunStatus run={run} t={t} />
    </div>
  );
}
