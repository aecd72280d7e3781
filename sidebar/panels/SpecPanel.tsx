/**
 * Work specification (task-level scoring, issue item 1): choose a journal and a work, describe the
 * work task by task, see every problem next to its field (the core's checkSpec, and
 * checkJournalMax against the journal's max row), import/export the JSON file, and keep it in the
 * school's library. The server only stores the text: everything is validated here, with the core.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../src/core/i18n/messages';
import {
  checkJournalMax,
  checkSpec,
  journalCheckText,
  journalWorks,
  parseSpecJson,
  pupilRows,
  specToJson,
  specTotal,
  workLabel,
  type JournalWorks,
  type WorkSpec,
} from '../../src/core/tasks';
import { decimal } from '../../src/core/tasks/format';
import type { PanelData, StoredSpec } from '../../src/shared/endpoints';
import {
  draftOf,
  emptyDraft,
  isBlankDraft,
  formPaths,
  problemsByPath,
  specObject,
  workKey,
  workOfKey,
  type Draft,
} from '../features/specs/draft';
import { Library } from '../features/specs/Library';
import { RubricsSection } from '../features/specs/RubricsSection';
import { SpecField } from '../features/specs/SpecField';
import { TasksEditor } from '../features/specs/TasksEditor';
import { SPEC_UI } from '../features/specs/texts';
import { useText } from '../i18n';
import { call } from '../rpc';
import { Busy, Messages, type Notice } from '../ui/feedback';
import { SelectField, TextArea } from '../ui/fields';
import { useAction } from '../ui/useAction';

export function SpecPanel({ data, lang }: { data: PanelData; lang: Lang }) {
  const t = SPEC_UI[lang];
  const ui = useText();
  const { busy, notice, setNotice, run } = useAction();
  const [specs, setSpecs] = useState<StoredSpec[]>([]);
  const [journal, setJournal] = useState('');
  const [works, setWorks] = useState<JournalWorks | null>(null);
  const [work, setWork] = useState('');
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  // Errors show once the teacher asked for a check (or saved, exported, imported), then follow every edit.
  const [checked, setChecked] = useState(false);
  const [exported, setExported] = useState<{ title: string; json: string } | null>(null);
  const [importText, setImportText] = useState('');
  const [pupils, setPupils] = useState<string[]>([]);

  useEffect(() => {
    void run(
      () => call('listSpecs'),
      (list) => void setSpecs(list),
    );
  }, []);

  const workRef = workOfKey(work);
  // Without a chosen work the form is still checked (as a СОЧ); the missing work is said apart.
  const result = checkSpec(specObject(draft, workRef ?? { kind: 'soch' }), lang);
  const byPath = checked && !result.ok ? problemsByPath(result.problems, lang) : new Map<string, string[]>();
  const paths = formPaths(draft);
  const others = [...byPath]
    .filter(([p]) => !paths.has(p))
    .flatMap(([p, m]) => m.map((x) => (p ? `${p}: ${x}` : x)));
  const journalCheck = result.ok && workRef && works ? checkJournalMax(result.spec, works.maxes) : null;
  const journalError = journalCheck && workRef ? journalCheckText(journalCheck, workRef, lang) : '';

  function chooseJournal(sheetName: string) {
    setJournal(sheetName);
    setWorks(null);
    setPupils([]);
    if (sheetName === '') return;
    void run(
      () => call('readJournal', sheetName),
      (snapshot) => {
        const found = journalWorks(snapshot);
        setWorks(found);
        setPupils(pupilRows(snapshot).map((p) => p.name));
        if (!found.works.some((w) => workKey(w) === work))
          setWork(found.works[0] ? workKey(found.works[0]) : '');
      },
    );
  }

  /** The form's specification, or why not (as a notice). */
  function checkedSpec(withJournal: boolean): WorkSpec | Notice {
    // Nothing to check yet: say what to do, not «fix the marked fields» with none marked.
    if (isBlankDraft(draft)) return { kind: 'error', text: () => t.noSpecYet };
    setChecked(true);
    if (!result.ok) return { kind: 'error', text: () => ui.fixErrors };
    if (!workRef || (withJournal && !works)) return { kind: 'error', text: () => t.chooseWork };
    if (withJournal && journalError) return { kind: 'error', text: () => journalError };
    return result.spec;
  }
  // A WorkSpec has no top-level `kind` (its work has).
  const isNotice = (x: WorkSpec | Notice): x is Notice => 'kind' in x;

  function doCheck() {
    const spec = checkedSpec(true);
    if (isNotice(spec)) return setNotice(spec);
    setNotice({ kind: 'success', text: () => t.journalOk(decimal(specTotal(spec), lang)) });
  }

  function doSave() {
    const spec = checkedSpec(true);
    if (isNotice(spec)) return setNotice(spec);
    void run(
      () => call('saveSpec', specToJson(spec)),
      (list) => {
        setSpecs(list);
        return { kind: 'success', text: () => t.saved(spec.title) };
      },
    );
  }

  function doGrid() {
    const spec = checkedSpec(true);
    if (isNotice(spec)) return setNotice(spec);
    void run(
      () => call('createScoreGrid', { json: specToJson(spec), sheetName: journal }),
      ({ gridSheet, link }) => {
        const details = [
          ...(link.already.length > 0 ? [t.gridAlready(link.already.length)] : []),
          ...(link.kept.length > 0 ? [t.gridKept(link.kept.length)] : []),
          ...link.kept.map((k) =>
            t.keptCell(k.pupil, k.a1, typeof k.found === 'number' ? decimal(k.found, lang) : k.found),
          ),
        ];
        return {
          kind: link.kept.length > 0 ? 'info' : 'success',
          text: () => t.gridDone(gridSheet, link.linked.length),
          details: details.length > 0 ? details : undefined,
        };
      },
    );
  }

  function doExport() {
    const spec = checkedSpec(false);
    if (isNotice(spec)) return setNotice(spec);
    setExported({ title: spec.title, json: specToJson(spec) });
    setNotice(null);
  }

  /** Loads a file (imported or from the library) into the form, or lists everything wrong with it. */
  function load(json: string, done: (title: string) => string, failed: string) {
    const parsed = parseSpecJson(json, lang);
    if (!parsed.ok) {
      setNotice({ kind: 'error', text: () => failed, details: parsed.errors });
      return false;
    }
    setDraft(draftOf(parsed.spec));
    setWork(workKey(parsed.spec.work));
    setChecked(true);
    setExported(null);
    setNotice({ kind: 'success', text: () => done(parsed.spec.title) });
    return true;
  }

  function doImport(e: Event) {
    e.preventDefault();
    if (importText.trim() === '') {
      setNotice({ kind: 'error', text: (x) => `${t.importJson}: ${x.invalid.required()}` });
      return;
    }
    if (load(importText, t.imported, t.importFailed)) setImportText('');
  }

  function doDelete(spec: StoredSpec) {
    void run(
      () => call('deleteSpec', spec.title),
      (list) => {
        setSpecs(list);
        if (exported?.title === spec.title) setExported(null);
        return { kind: 'success', text: () => t.deleted(spec.title) };
      },
    );
  }

  function exportStored(spec: StoredSpec) {
    const parsed = parseSpecJson(spec.json, lang);
    setExported({ title: spec.title, json: parsed.ok ? specToJson(parsed.spec) : spec.json });
    setNotice(null);
  }

  const workOptions = [...(works?.works ?? [])];
  if (workRef && !workOptions.some((w) => workKey(w) === work)) workOptions.push(workRef);

  return (
    <div>
      <h2>{t.title}</h2>
      <p class="muted">{t.intro}</p>
      <SelectField
        label={t.journal}
        value={journal}
        options={[
          { value: '', label: t.choose },
          ...data.journals.map((j) => ({ value: j.sheetName, label: j.sheetName })),
        ]}
        onChange={chooseJournal}
      />
      <SelectField
        label={t.work}
        value={work}
        options={[
          { value: '', label: t.choose },
          ...workOptions.map((w) => ({ value: workKey(w), label: workLabel(w, lang) })),
        ]}
        onChange={setWork}
      />
      {journalError && (
        <div class="field-error" role="alert">
          {journalError}
        </div>
      )}

      <Library
        specs={specs}
        busy={busy}
        t={t}
        onOpen={(s) => load(s.json, t.opened, t.unreadable(s.title))}
        onExport={exportStored}
        onDelete={doDelete}
      />

      <form
        class="sub"
        noValidate
        onSubmit={(e) => (e.preventDefault(), doSave())}
        aria-labelledby="spec-form-title"
      >
        <h3 id="spec-form-title">{t.form}</h3>
        <SpecField
          label={t.specTitle}
          value={draft.title}
          errors={byPath.get('title')}
          onInput={(title) => setDraft({ ...draft, title })}
        />
        <SpecField
          label={t.subject}
          value={draft.subject}
          errors={byPath.get('subject')}
          onInput={(subject) => setDraft({ ...draft, subject })}
        />
        <TasksEditor
          tasks={draft.tasks}
          errors={byPath}
          t={t}
          onChange={(tasks) => setDraft({ ...draft, tasks })}
        />
        {result.ok && <p class="muted">{t.total(decimal(specTotal(result.spec), lang))}</p>}
        {others.length > 0 && (
          <div class="field-error" role="alert">
            {t.otherProblems}
            <ul>
              {others.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ul>
          </div>
        )}
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {t.save}
          </button>
          <button type="button" class="secondary" disabled={busy} onClick={doCheck}>
            {t.check}
          </button>
          <button type="button" class="secondary" disabled={busy} onClick={doExport}>
            {t.export}
          </button>
          <button
            type="button"
            class="secondary"
            disabled={busy}
            onClick={() => {
              setDraft(emptyDraft());
              setChecked(false);
              setExported(null);
              setNotice(null);
            }}
          >
            {t.newSpec}
          </button>
        </div>
      </form>
      <section class="sub" aria-labelledby="spec-grid-title">
        <h3 id="spec-grid-title">{t.createGrid}</h3>
        <p class="muted">{t.gridHint}</p>
        <div class="actions">
          <button type="button" disabled={busy} onClick={doGrid}>
            {t.createGrid}
          </button>
        </div>
      </section>
      <RubricsSection
        t={t}
        lang={lang}
        defaultLang={data.lang}
        pupils={pupils}
        busy={busy}
        run={run}
        spec={() => {
          const spec = checkedSpec(true);
          if (isNotice(spec)) {
            setNotice(spec);
            return undefined;
          }
          return { spec, journal };
        }}
      />
      {busy && <Busy label={journal !== '' && !works ? t.reading : undefined} />}
      <Messages notice={notice} />
      {exported && (
        <ExportBox
          title={exported.title}
          json={exported.json}
          t={t}
          onCopied={() => setNotice({ kind: 'success', text: () => t.copied })}
        />
      )}

      <form onSubmit={doImport} noValidate class="sub">
        <h3>{t.importTitle}</h3>
        <TextArea label={t.importJson} value={importText} rows={4} onInput={setImportText} />
        <div class="actions">
          <button type="submit" class="secondary" disabled={busy}>
            {t.import}
          </button>
        </div>
      </form>
    </div>
  );
}

function ExportBox(props: { title: string; json: string; t: (typeof SPEC_UI)[Lang]; onCopied: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(props.json);
    } catch {
      // The sidebar's iframe may not be allowed the clipboard API: fall back to a selection copy.
      box.current?.querySelector('textarea')?.select();
      document.execCommand('copy');
    }
    props.onCopied();
  }
  return (
    <div class="export" ref={box}>
      <TextArea label={props.t.exportLabel(props.title)} value={props.json} rows={8} readOnly />
      <button type="button" class="secondary" onClick={() => void copy()}>
        {props.t.copy}
      </button>
    </div>
  );
}
