import { useRef, useState } from 'preact/hooks';
import type { Template } from '../../src/core/journal/types';
import type { PanelData, JournalSummary, PlanItem, RosterClass } from '../../src/shared/endpoints';
import { runBatch, type BatchResult } from '../forms/batch';
import { invalid, type Errors } from '../forms/invalid';
import { periodsOf } from '../forms/journalForm';
import { rosterSheets } from '../forms/rosterSheets';
import { useText } from '../i18n';
import { call } from '../rpc';
import { Busy, Messages, ProgressBar } from '../ui/feedback';
import { SelectField, TextField } from '../ui/fields';
import { focusFirstInvalid } from '../ui/focus';
import { useAction } from '../ui/useAction';
import { BatchSummary } from './BatchSummary';
import { TemplatesSection } from './TemplatesSection';

interface Request {
  template: string;
  rosterSheet: string;
  subject: string;
  teacher: string;
  period: string;
}
type Field = keyof Request;

export function FromTemplatePanel(props: {
  data: PanelData;
  onCreated: (journals: JournalSummary[]) => void;
  onTemplates: (templates: Template[]) => void;
}) {
  const t = useText();
  const f = t.fromTemplate;
  const rosters = rosterSheets(props.data);
  const [req, setReq] = useState<Request>({
    template: '',
    rosterSheet: rosters.likely ?? '',
    subject: '',
    teacher: '',
    period: '1',
  });
  const [errors, setErrors] = useState<Errors<Field>>({});
  const [plan, setPlan] = useState<{ items: PlanItem[]; roster: RosterClass[]; template: Template } | null>(
    null,
  );
  const [progress, setProgress] = useState<{ index: number; total: number; className: string } | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [result, setResult] = useState<BatchResult | null>(null);
  const cancel = useRef(false);
  const planning = useAction();
  const form = useRef<HTMLFormElement>(null);
  const running = progress !== null;
  const template = props.data.templates.find((tp) => tp.name === req.template);
  const periods = periodsOf(template?.structure.periodKind ?? 'quarter');

  function set(patch: Partial<Request>) {
    setReq((r) => ({ ...r, ...patch }));
    setPlan(null);
    setResult(null);
  }

  function preview(e: Event) {
    e.preventDefault();
    const found: Errors<Field> = {};
    for (const key of ['template', 'rosterSheet', 'subject'] as const)
      if (req[key].trim() === '') found[key] = invalid('required');
    setErrors(found);
    if (!template || Object.keys(found).length > 0) {
      planning.setNotice({ kind: 'error', text: (tt) => tt.fixErrors });
      focusFirstInvalid(form.current);
      return;
    }
    const period = Math.min(Number(req.period), periods);
    void planning.run(
      () =>
        Promise.all([
          call('planFromTemplate', {
            template: template.name,
            rosterSheet: req.rosterSheet,
            subject: req.subject.trim(),
            period,
          }),
          call('readRoster', req.rosterSheet),
        ]),
      ([items, roster]) => {
        setPlan({ items, roster, template });
        return items.length === 0 ? { kind: 'info', text: (tt) => tt.fromTemplate.previewEmpty } : null;
      },
    );
  }

  async function createAll() {
    if (!plan) return;
    cancel.current = false;
    setCancelling(false);
    setResult(null);
    const period = Math.min(Number(req.period), periods);
    const pupilsOf = new Map(plan.roster.map((c) => [c.className, c.pupils]));
    const outcome = await runBatch(
      plan.items,
      async (item) => {
        const pupils = pupilsOf.get(item.className);
        if (!pupils) throw new Error(t.fromTemplate.notInRoster);
        return call('createFromTemplate', {
          template: plan.template.name,
          className: item.className,
          pupils,
          subject: req.subject.trim(),
          teacher: req.teacher.trim(),
          period,
        });
      },
      {
        onStart: (index, total, item) => setProgress({ index, total, className: item.className }),
        cancelled: () => cancel.current,
      },
    );
    setProgress(null);
    setCancelling(false);
    setResult(outcome);
    setPlan(null);
    props.onCreated(
      outcome.created.map(({ className, sheetName }) => ({
        sheetName,
        className,
        subject: req.subject.trim(),
        teacher: req.teacher.trim(),
        periodKind: plan.template.structure.periodKind,
        marks: plan.template.structure.marks,
        period,
      })),
    );
  }

  const toCreate = plan ? plan.items.filter((i) => !i.exists).length : 0;
  const choose = { value: '', label: t.journal.choose };
  return (
    <div>
      <form ref={form} onSubmit={preview} noValidate>
        <h2>{f.title}</h2>
        <fieldset class="plain" disabled={running}>
          <SelectField
            label={f.template}
            value={req.template}
            error={errors.template}
            options={[choose, ...props.data.templates.map((tp) => ({ value: tp.name, label: tp.name }))]}
            onChange={(v) => set({ template: v })}
          />
          <SelectField
            label={f.rosterSheet}
            value={req.rosterSheet}
            error={errors.rosterSheet}
            options={[choose, ...rosters.sheets.map((s) => ({ value: s, label: s }))]}
            onChange={(v) => set({ rosterSheet: v })}
          />
          <TextField
            label={t.journal.subject}
            value={req.subject}
            error={errors.subject}
            onInput={(v) => set({ subject: v })}
          />
          <TextField label={t.journal.teacher} value={req.teacher} onInput={(v) => set({ teacher: v })} />
          <SelectField
            class="narrow"
            label={`${t.periodKinds[template?.structure.periodKind ?? 'quarter']}`}
            value={req.period}
            options={Array.from({ length: periods }, (_, i) => ({
              value: String(i + 1),
              label: String(i + 1),
            }))}
            onChange={(v) => set({ period: v })}
          />
          <div class="actions">
            <button type="submit" class="secondary" disabled={planning.busy}>
              {f.preview}
            </button>
          </div>
        </fieldset>
        {planning.busy && <Busy />}
        <Messages notice={planning.notice} />
      </form>

      {plan && plan.items.length > 0 && (
        <section class="plan" aria-label={f.planCaption}>
          <h3>{f.planCaption}</h3>
          <ul>
            {plan.items.map((item) => (
              <li key={item.sheetName} class={item.exists ? 'exists' : ''}>
                <span class="plan-class">{item.className}</span>{' '}
                <span class="muted">· {f.pupils(item.pupils)}</span>
                <div class="plan-sheet">{item.sheetName}</div>
                {item.exists && <div class="badge warn">{f.exists}</div>}
              </li>
            ))}
          </ul>
          {!running && (
            <div class="actions">
              <button
                type="button"
                class="primary"
                disabled={toCreate === 0}
                onClick={() => void createAll()}
              >
                {f.create(toCreate)}
              </button>
            </div>
          )}
        </section>
      )}

      {progress && (
        <div class="run">
          <ProgressBar
            value={progress.index}
            max={progress.total}
            label={f.progressLabel}
            text={f.progress(progress.index + 1, progress.total, progress.className)}
          />
          <div class="actions">
            <button
              type="button"
              class="secondary"
              disabled={cancelling}
              onClick={() => {
                cancel.current = true;
                setCancelling(true);
              }}
            >
              {f.cancel}
            </button>
          </div>
          <div aria-live="polite">{cancelling && <p class="muted">{f.cancelling}</p>}</div>
        </div>
      )}

      {result && <BatchSummary result={result} />}

      <TemplatesSection data={props.data} onTemplates={props.onTemplates} />
    </div>
  );
}
