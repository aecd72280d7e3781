/**
 * Moderation (assessment rules §7): start a moderation, refresh what the commission typed on the
 * moderation sheet, write the protocol, apply the agreed scores and undo the last application,
 * each score change only after a confirmation that lists every one.
 */
import { useEffect, useState } from 'preact/hooks';
import { LANGS, type Lang } from '../../src/core/i18n';
import type { ScoreChange } from '../../src/core/moderation/types';
import type { ModerationRecord } from '../../src/core/moderation/record';
import type {
  ModerationRead,
  PanelData,
  ScoreChangeResult,
  ScoreConflictFound,
} from '../../src/shared/endpoints';
import { ConflictList, Confirmation } from '../features/moderation/Confirmation';
import { RowsTable } from '../features/moderation/RowsTable';
import { StartForm } from '../features/moderation/StartForm';
import { MODERATION_UI } from '../features/moderation/texts';
import { useText } from '../i18n';
import { call } from '../rpc';
import { Busy, Messages, type Notice } from '../ui/feedback';
import { SelectField } from '../ui/fields';
import { useAction } from '../ui/useAction';

interface Current {
  record: ModerationRecord;
  sheetName: string;
}

interface Pending {
  action: 'apply' | 'undo';
  changes: ScoreChange[];
  conflicts: ScoreConflictFound[];
  notes: string[];
}

export function ModerationPanel({ data, lang }: { data: PanelData; lang: Lang }) {
  const t = MODERATION_UI[lang];
  const ui = useText();
  const [saved, setSaved] = useState<Current[]>([]);
  const [current, setCurrent] = useState<Current | null>(null);
  const [read, setRead] = useState<ModerationRead | null>(null);
  const [protocolLang, setProtocolLang] = useState<Lang>(lang);
  const [pending, setPending] = useState<Pending | null>(null);
  const [outcome, setOutcome] = useState<{ action: 'apply' | 'undo'; result: ScoreChangeResult } | null>(
    null,
  );
  const list = useAction();
  const action = useAction();

  useEffect(() => {
    void list.run(
      () => call('listModerations'),
      (found) => {
        setSaved(found);
      },
    );
  }, []);

  function open(next: Current | null, notice: Notice | null = null) {
    setCurrent(next);
    setRead(null);
    setPending(null);
    setOutcome(null);
    action.setNotice(notice);
  }

  function started(record: ModerationRecord, sheetName: string, unreadable: number) {
    const next = { record, sheetName };
    setSaved((s) => [...s, next]);
    open(next, {
      kind: 'success',
      text: () => t.started(sheetName, record.moderation.rows.length),
      details: unreadable > 0 ? [t.unreadable(unreadable)] : undefined,
    });
  }

  const rows = read?.rows ?? current?.record.moderation.rows ?? [];

  function doRefresh() {
    if (!current) return;
    setPending(null);
    setOutcome(null);
    void action.run(
      () => call('refreshModeration', current.record.id),
      (r) => {
        setRead(r);
        const entered = r.rows.filter((x) => x.moderators !== undefined).length;
        const problems = r.problems.map((p) => `${p.a1}: ${p.message}`);
        return {
          kind: problems.length > 0 ? 'info' : 'success',
          text: () => t.refreshed(entered, r.rows.length),
          details: problems.length > 0 ? [t.sheetProblems(problems.length), ...problems] : undefined,
        };
      },
    );
  }

  function doProtocol() {
    if (!current) return;
    setPending(null);
    void action.run(
      () => call('writeProtocol', { id: current.record.id, lang: protocolLang }),
      (r) => {
        setRead(r);
        const { sheetName, printUrl } = r.protocol;
        return {
          kind: 'success',
          text: () => t.protocolDone(sheetName),
          link: { href: printUrl, text: (ui) => ui.printPdf },
        };
      },
    );
  }

  function doPlanApply() {
    if (!current) return;
    setOutcome(null);
    void action.run(
      () => call('planModeration', { id: current.record.id, action: 'apply' }),
      (plan) => {
        if (plan.read) setRead(plan.read);
        const notes = [
          ...(plan.notAgreed > 0 ? [t.notAgreed(plan.notAgreed)] : []),
          ...(plan.alreadyApplied > 0 ? [t.alreadyApplied(plan.alreadyApplied)] : []),
        ];
        if (plan.changes.length === 0) {
          setPending(null);
          return {
            kind: 'info',
            text: () => t.nothingToApply,
            details: notes.length > 0 ? notes : undefined,
          };
        }
        setPending({ action: 'apply', changes: plan.changes, conflicts: plan.conflicts, notes });
        return null;
      },
    );
  }

  function doPlanUndo() {
    if (!current) return;
    setOutcome(null);
    void action.run(
      () => call('planModeration', { id: current.record.id, action: 'undo' }),
      (plan) => {
        if (plan.changes.length === 0 && plan.conflicts.length === 0) {
          setPending(null);
          return { kind: 'info', text: () => t.nothingToUndo };
        }
        setPending({ action: 'undo', changes: plan.changes, conflicts: plan.conflicts, notes: [] });
        return null;
      },
    );
  }

  function doConfirm() {
    if (!current || !pending) return;
    const { action: kind, changes } = pending;
    void action.run(
      () => call('commitModeration', { id: current.record.id, action: kind, changes }),
      (result) => {
        setPending(null);
        setOutcome({ action: kind, result });
        return null;
      },
    );
  }

  return (
    <div>
      <h2>{t.title}</h2>
      <p class="muted">{t.intro}</p>
      {list.busy && <Busy />}
      <Messages notice={list.notice} />
      {saved.length > 0 && (
        <SelectField
          label={t.existing}
          value={current?.record.id ?? ''}
          options={[
            { value: '', label: t.newModeration },
            ...saved.map((s) => ({ value: s.record.id, label: s.sheetName })),
          ]}
          onChange={(id) => open(saved.find((s) => s.record.id === id) ?? null)}
        />
      )}
      {!current && <StartForm data={data} lang={lang} t={t} onStarted={started} />}
      {current && (
        <section class="moderation" aria-label={t.current(read?.sheetName ?? current.sheetName)}>
          <p>{t.current(read?.sheetName ?? current.sheetName)}</p>
          <div class="actions">
            <button type="button" disabled={action.busy} onClick={doRefresh}>
              {t.refresh}
            </button>
          </div>
          <RowsTable rows={rows} tolerance={current.record.moderation.tolerance} lang={lang} t={t} />
          <SelectField
            label={t.protocolLang}
            value={protocolLang}
            options={LANGS.map((l) => ({ value: l, label: ui.langNames[l] }))}
            onChange={(v) => setProtocolLang((LANGS as readonly string[]).includes(v) ? (v as Lang) : lang)}
          />
          <div class="actions">
            <button type="button" disabled={action.busy} onClick={doProtocol}>
              {t.protocol}
            </button>
          </div>
          <div class="actions">
            <button
              type="button"
              class="primary"
              disabled={action.busy || pending !== null}
              onClick={doPlanApply}
            >
              {t.apply}
            </button>
            <button type="button" disabled={action.busy || pending !== null} onClick={doPlanUndo}>
              {t.undo}
            </button>
          </div>
          {action.busy && <Busy />}
          <Messages notice={action.notice} />
          {pending && (
            <Confirmation
              {...pending}
              lang={lang}
              t={t}
              busy={action.busy}
              onConfirm={doConfirm}
              onCancel={() => {
                setPending(null);
                action.setNotice({ kind: 'info', text: () => t.cancelled });
              }}
            />
          )}
          {outcome && (
            <div role="status" class="outcome">
              <p class="notice success">
                {outcome.action === 'apply'
                  ? t.applied(outcome.result.applied.length)
                  : t.undone(outcome.result.applied.length)}
              </p>
              <ConflictList conflicts={outcome.result.conflicts} lang={lang} t={t} />
            </div>
          )}
        </section>
      )}
    </div>
  );
}
