import { useRef, useState } from 'preact/hooks';
import type { JournalForm } from '../../src/core/journal/types';
import type { PanelData, RosterClass } from '../../src/shared/endpoints';
import { withoutErrors, type Errors } from '../forms/invalid';
import {
  draftOfStructure,
  emptyJournalDraft,
  examJournalOfDraft,
  journalOfDraft,
  periodsOf,
  type JournalDraft,
  type JournalField,
} from '../forms/journalForm';
import { parsePupils } from '../forms/numbers';
import { rosterSheets } from '../forms/rosterSheets';
import { useText } from '../i18n';
import { call } from '../rpc';
import { Busy, Messages } from '../ui/feedback';
import { SelectField, TextArea, TextField } from '../ui/fields';
import { focusFirstInvalid } from '../ui/focus';
import { useAction } from '../ui/useAction';
import { StructureFields } from './StructureFields';

export function NewJournalPanel(props: {
  data: PanelData;
  onCreated: (form: JournalForm, sheetName: string) => void;
}) {
  const t = useText();
  const j = t.journal;
  const [draft, setDraft] = useState<JournalDraft>(() => emptyJournalDraft(props.data.lang));
  const [errors, setErrors] = useState<Errors<JournalField>>({});
  const [roster, setRoster] = useState<RosterClass[]>([]);
  const rosterAction = useAction();
  const create = useAction();
  const form = useRef<HTMLFormElement>(null);
  const set = (patch: Partial<JournalDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    // A changed СОР max clears its own error (keyed «sor:N»).
    const keys = Object.keys(patch).flatMap((k) =>
      k === 'sorMaxes' ? [k, ...draft.sorMaxes.map((_, i) => `sor:${i}`)] : [k],
    );
    setErrors((e) => withoutErrors(e, keys));
  };
  const chosenClass = roster.find((c) => c.className === draft.rosterClass);
  const rosters = rosterSheets(props.data);

  function chooseTemplate(name: string) {
    const template = props.data.templates.find((tp) => tp.name === name);
    if (!template) return set({ template: '' });
    const structure = draftOfStructure(template.structure);
    const period = Number(draft.period) > periodsOf(structure.periodKind) ? '1' : draft.period;
    set({ template: name, ...structure, period });
  }

  function chooseRosterSheet(sheet: string) {
    set({ rosterSheet: sheet, rosterClass: '' });
    setRoster([]);
    if (sheet === '') return;
    void rosterAction.run(
      () => call('readRoster', sheet),
      (classes) => void setRoster(classes),
    );
  }

  function chooseRosterClass(name: string) {
    set({ rosterClass: name, ...(name !== '' ? { className: name } : {}) });
  }

  function submit(e: Event) {
    e.preventDefault();
    const exam = draft.kind === 'exam';
    const { form: journal, errors: found } = exam
      ? examJournalOfDraft(draft, chosenClass?.pupils)
      : journalOfDraft(draft, chosenClass?.pupils);
    setErrors(found);
    if (!journal) {
      create.setNotice({ kind: 'error', text: (tt) => tt.fixErrors });
      focusFirstInvalid(form.current);
      return;
    }
    void create.run(
      () => ('structure' in journal ? call('createJournal', journal) : call('createExamJournal', journal)),
      ({ sheetName, printUrl }) => {
        if ('structure' in journal) props.onCreated(journal, sheetName);
        return {
          kind: 'success',
          text: (tt) => tt.journal.created(sheetName),
          ...(printUrl ? { link: { href: printUrl, text: (tt) => tt.journal.printA4 } } : {}),
        };
      },
    );
  }

  const pasted = parsePupils(draft.pupilsText).length;
  const exam = draft.kind === 'exam';
  const choose = { value: '', label: j.choose };
  return (
    <form ref={form} onSubmit={submit} noValidate>
      <h2>{j.title}</h2>
      <SelectField
        label={j.kind}
        hint={exam ? j.kindHint : undefined}
        value={draft.kind}
        options={(['period', 'exam'] as const).map((k) => ({ value: k, label: j.kinds[k] }))}
        onChange={(v) => set({ kind: v === 'exam' ? 'exam' : 'period' })}
      />
      {!exam && (
        <SelectField
          label={j.template}
          value={draft.template}
          options={[
            { value: '', label: j.noTemplate },
            ...props.data.templates.map((tp) => ({ value: tp.name, label: tp.name })),
          ]}
          onChange={chooseTemplate}
        />
      )}
      <TextField
        label={j.className}
        value={draft.className}
        error={errors.className}
        onInput={(v) => set({ className: v })}
      />
      <TextField
        label={j.subject}
        value={draft.subject}
        error={errors.subject}
        onInput={(v) => set({ subject: v })}
      />
      <TextField
        label={j.teacher}
        value={draft.teacher}
        error={errors.teacher}
        onInput={(v) => set({ teacher: v })}
      />
      <div class="row">
        <SelectField
          label={j.periodKind}
          value={draft.periodKind}
          options={(['quarter', 'half'] as const).map((k) => ({ value: k, label: t.periodKinds[k] }))}
          onChange={(v) => {
            const kind = v === 'half' ? 'half' : 'quarter';
            set({ periodKind: kind, period: Number(draft.period) > periodsOf(kind) ? '1' : draft.period });
          }}
        />
        {exam ? (
          <SelectField
            label={j.examScale}
            value={draft.exam}
            options={Object.entries(j.examScales).map(([value, label]) => ({ value, label }))}
            onChange={(v) => set({ exam: v })}
          />
        ) : (
          <SelectField
            class="narrow"
            label={j.period}
            value={draft.period}
            error={errors.period}
            options={Array.from({ length: periodsOf(draft.periodKind) }, (_, i) => ({
              value: String(i + 1),
              label: String(i + 1),
            }))}
            onChange={(v) => set({ period: v })}
          />
        )}
      </div>

      <fieldset class="section">
        <legend>{j.pupilSource}</legend>
        <div class="radios">
          {(['paste', 'roster'] as const).map((source) => (
            <label key={source} class="radio">
              <input
                type="radio"
                name="pupil-source"
                value={source}
                checked={draft.pupilSource === source}
                onChange={() => {
                  set({ pupilSource: source });
                  // The only sheet named like a roster is chosen for the teacher.
                  if (source === 'roster' && draft.rosterSheet === '' && rosters.likely)
                    chooseRosterSheet(rosters.likely);
                }}
              />
              {source === 'paste' ? j.fromPaste : j.fromRoster}
            </label>
          ))}
        </div>
        {draft.pupilSource === 'paste' ? (
          <TextArea
            label={j.pupils}
            hint={j.pupilsHint}
            value={draft.pupilsText}
            error={errors.pupilsText}
            rows={8}
            onInput={(v) => set({ pupilsText: v })}
            after={<div class="count">{j.pupilCount(pasted)}</div>}
          />
        ) : (
          <div>
            <SelectField
              label={j.rosterSheet}
              value={draft.rosterSheet}
              error={errors.rosterSheet}
              options={[choose, ...rosters.sheets.map((s) => ({ value: s, label: s }))]}
              onChange={chooseRosterSheet}
            />
            {rosterAction.busy && <Busy />}
            <Messages notice={rosterAction.notice} />
            {roster.length > 0 && (
              <SelectField
                label={j.rosterClass}
                value={draft.rosterClass}
                error={errors.rosterClass}
                options={[
                  choose,
                  ...roster.map((c) => ({
                    value: c.className,
                    label: `${c.className} (${c.pupils.length})`,
                  })),
                ]}
                onChange={chooseRosterClass}
              />
            )}
            {chosenClass && (
              <div class="pupil-list">
                <div class="count">{j.pupilCount(chosenClass.pupils.length)}</div>
                <ol>
                  {chosenClass.pupils.map((p, i) => (
                    <li key={i}>{p}</li>
                  ))}
                </ol>
              </div>
            )}
          </div>
        )}
      </fieldset>

      {!exam && <StructureFields draft={draft} errors={errors} set={set} />}

      <div class="actions">
        <button type="submit" class="primary" disabled={create.busy}>
          {j.create}
        </button>
      </div>
      {create.busy && <Busy />}
      <Messages notice={create.notice} />
    </form>
  );
}
