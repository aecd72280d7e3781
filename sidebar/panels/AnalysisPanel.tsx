import { useState } from 'preact/hooks';
import type { Lang } from '../../src/core/i18n/messages';
import type { PeriodKind } from '../../src/core/journal/types';
import type { PanelData } from '../../src/shared/endpoints';
import { buildAnalyses } from '../features/reports/runs';
import { RunStatus } from '../features/reports/RunStatus';
import { REPORTS_UI } from '../features/reports/texts';
import { useReportRun } from '../features/reports/useReportRun';
import { call } from '../rpc';
import { SelectField, TextField } from '../ui/fields';

/** The СОР/СОЧ analysis of one journal, or of every journal of a period (batch). */
export function AnalysisPanel({ data, lang }: { data: PanelData; lang: Lang }) {
  const t = REPORTS_UI[lang];
  const { journals } = data;
  const [batch, setBatch] = useState(false);
  const [sheetName, setSheetName] = useState(journals[0]?.sheetName ?? '');
  const periods = [...new Set(journals.map((j) => `${j.periodKind}:${j.period}`))].sort();
  const [period, setPeriod] = useState(periods[0] ?? '');
  const [purpose, setPurpose] = useState('');
  const run = useReportRun();

  const periodLabel = (key: string) => {
    const [kind, n] = key.split(':');
    return kind === 'half' ? t.scopes.half(Number(n)) : t.scopes.quarter(Number(n));
  };

  function build() {
    const [kind, n] = period.split(':');
    const sheets = batch
      ? journals
          .filter((j) => j.periodKind === (kind as PeriodKind) && j.period === Number(n) && j.marks)
          .map((j) => j.sheetName)
      : [sheetName];
    const request = { ...(purpose.trim() ? { purpose: purpose.trim() } : {}), date: today() };
    void run.start((onProgress, cancel) => buildAnalyses(call, sheets, request, onProgress, cancel));
  }

  return (
    <div>
      <h2>{t.analysisTitle}</h2>
      <p class="muted">{t.analysisIntro}</p>
      {journals.length === 0 ? (
        <p role="status">{t.noJournals}</p>
      ) : (
        <div>
          <fieldset class="field">
            <legend>{t.mode}</legend>
            <label>
              <input type="radio" name="analysis-mode" checked={!batch} onChange={() => setBatch(false)} />{' '}
              {t.oneJournal}
            </label>{' '}
            <label>
              <input type="radio" name="analysis-mode" checked={batch} onChange={() => setBatch(true)} />{' '}
              {t.batch}
            </label>
          </fieldset>
          {batch ? (
            <SelectField
              label={t.period}
              value={period}
              options={periods.map((p) => ({ value: p, label: periodLabel(p) }))}
              onChange={setPeriod}
            />
          ) : (
            <SelectField
              label={t.journal}
              value={sheetName}
              options={journals.map((j) => ({ value: j.sheetName, label: j.sheetName }))}
              onChange={setSheetName}
            />
          )}
          <TextField label={t.purpose} hint={t.purposeHint} value={purpose} onInput={setPurpose} />
          <div class="actions">
            <button type="button" class="primary" disabled={run.running} onClick={build}>
              {t.buildAnalysis}
            </button>
          </div>
        </div>
      )}
      <RunStatus run={run} t={t} />
    </div>
  );
}

/** Today as YYYY-MM-DD in the user's time zone. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
