import { useEffect, useState } from 'preact/hooks';
import type { CheckCode, CheckReport } from '../../src/shared/endpoints';
import { useText } from '../i18n';
import { checkInBatches } from '../features/reports/runs';
import { call } from '../rpc';
import { Busy, Messages } from '../ui/feedback';
import { SelectField } from '../ui/fields';
import { useAction } from '../ui/useAction';

export function CheckPanel() {
  const t = useText();
  const c = t.check;
  const [report, setReport] = useState<CheckReport | null>(null);
  const [filter, setFilter] = useState<CheckCode | ''>('');
  const check = useAction();
  const jump = useAction();

  function runCheck() {
    void check.run(
      () => checkInBatches(call),
      (r) => {
        setReport(r);
        setFilter('');
      },
    );
  }

  // Opening «Check journals» is asking for the check: it runs at once (the button runs it again).
  useEffect(runCheck, []);

  const codes = report
    ? (Object.keys(report.summary) as CheckCode[]).filter((code) => (report.summary[code] ?? 0) > 0)
    : [];
  const shown = report ? report.problems.filter((p) => filter === '' || p.code === filter) : [];
  return (
    <div>
      <h2>{c.title}</h2>
      <p class="muted">{c.intro}</p>
      <div class="actions">
        <button type="button" class="primary" disabled={check.busy} onClick={runCheck}>
          {c.run}
        </button>
      </div>
      {check.busy && <Busy />}
      <Messages notice={check.notice} />
      {report && !check.busy && (
        <section class="report" aria-label={c.title}>
          <p role="status">
            {c.journals(report.journals)}.{' '}
            {report.problems.length === 0 ? c.none : c.problems(report.problems.length)}
          </p>
          {codes.length > 0 && (
            <ul class="summary-counts">
              {codes.map((code) => (
                <li key={code}>
                  <span>{c.codes[code]}</span> <span class="count-badge">{report.summary[code]}</span>
                </li>
              ))}
            </ul>
          )}
          {codes.length > 1 && (
            <SelectField
              label={c.filter}
              value={filter}
              options={[
                { value: '', label: `${c.all} (${report.problems.length})` },
                ...codes.map((code) => ({
                  value: code,
                  label: `${c.codes[code]} (${report.summary[code]})`,
                })),
              ]}
              onChange={(v) => setFilter(v as CheckCode | '')}
            />
          )}
          <Messages notice={jump.notice} />
          <ul class="problems">
            {shown.map((p, i) => (
              <li key={i}>
                <button
                  type="button"
                  class="problem"
                  title={c.jump(p.sheetName, p.a1)}
                  onClick={() =>
                    void jump.run(
                      () => call('jumpTo', { sheetName: p.sheetName, a1: p.a1 }),
                      () => null,
                    )
                  }
                >
                  <span class="where">
                    {p.sheetName}!{p.a1}
                  </span>
                  <span class="code">{c.codes[p.code] ?? p.code}</span>
                  <span class="message">{p.message}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
