/** The school's templates: list, save a journal as one, export/import as JSON, delete. */
import { useRef, useState } from 'preact/hooks';
import type { Template } from '../../src/core/journal/types';
import { TEXTS } from '../../src/core/texts';
import type { PanelData } from '../../src/shared/endpoints';
import { useText } from '../i18n';
import { call } from '../rpc';
import { Busy, Messages } from '../ui/feedback';
import { SelectField, TextArea, TextField } from '../ui/fields';
import { useAction } from '../ui/useAction';

export function TemplatesSection(props: { data: PanelData; onTemplates: (templates: Template[]) => void }) {
  const t = useText();
  const tt = t.templates;
  const { busy, notice, setNotice, run } = useAction();
  const [exported, setExported] = useState<{ name: string; json: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [journal, setJournal] = useState('');
  const [name, setName] = useState('');
  const [json, setJson] = useState('');
  const templates = props.data.templates;

  /** A saved or imported template replaces the one of the same name. */
  const upsert = (tpl: Template) => props.onTemplates([...templates.filter((x) => x.name !== tpl.name), tpl]);

  function exportTemplate(tplName: string) {
    setConfirming(null);
    void run(
      () => call('exportTemplate', tplName),
      (text) => void setExported({ name: tplName, json: text }),
    );
  }

  function deleteTemplate(tplName: string) {
    setConfirming(null);
    void run(
      () => call('deleteTemplate', tplName),
      (list) => {
        props.onTemplates(list);
        if (exported?.name === tplName) setExported(null);
        return { kind: 'success', text: (x) => x.templates.deleted(tplName) };
      },
    );
  }

  function saveTemplate(e: Event) {
    e.preventDefault();
    if (journal === '' || name.trim() === '') {
      setNotice({ kind: 'error', text: (x) => `${x.templates.saveTitle}: ${x.invalid.required()}` });
      return;
    }
    void run(
      () => call('saveTemplate', { sheetName: journal, name: name.trim() }),
      (tpl) => {
        upsert(tpl);
        setName('');
        return { kind: 'success', text: (x) => x.templates.saved(tpl.name) };
      },
    );
  }

  function importTemplate(e: Event) {
    e.preventDefault();
    if (json.trim() === '') {
      setNotice({ kind: 'error', text: (x) => `${x.templates.importJson}: ${x.invalid.required()}` });
      return;
    }
    void run(
      () => call('importTemplate', json),
      (tpl) => {
        upsert(tpl);
        setJson('');
        return { kind: 'success', text: (x) => x.templates.imported(tpl.name) };
      },
    );
  }

  async function copy(text: string, area: HTMLTextAreaElement | null) {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // The sidebar's iframe may not be allowed the clipboard API: fall back to a selection copy.
      area?.select();
      document.execCommand('copy');
    }
    setNotice({ kind: 'success', text: (x) => x.templates.copied });
  }

  return (
    <section class="templates" aria-labelledby="templates-title">
      <h2 id="templates-title">{tt.title}</h2>
      <ul class="template-list">
        {templates.map((tpl) => (
          <li key={tpl.name}>
            <div class="template-name">
              {tpl.name} {tpl.builtin && <span class="badge">{tt.builtin}</span>}
            </div>
            {/* A school's own template says what it holds, as the built-ins do. */}
            <div class="muted">
              {tpl.description ?? TEXTS.of(props.data.lang).journal.describe(tpl.structure)}
            </div>
            {confirming === tpl.name ? (
              <div class="confirm" role="group" aria-label={tt.confirmDelete(tpl.name)}>
                <span>{tt.confirmDelete(tpl.name)}</span>
                <button type="button" class="danger" disabled={busy} onClick={() => deleteTemplate(tpl.name)}>
                  {tt.yesDelete}
                </button>
                <button type="button" class="secondary" onClick={() => setConfirming(null)}>
                  {tt.no}
                </button>
              </div>
            ) : (
              <div class="buttons">
                <button
                  type="button"
                  class="link"
                  disabled={busy}
                  aria-label={`${tt.export}: ${tpl.name}`}
                  onClick={() => exportTemplate(tpl.name)}
                >
                  {tt.export}
                </button>
                {!tpl.builtin && (
                  <button
                    type="button"
                    class="link danger-text"
                    disabled={busy}
                    aria-label={`${tt.delete}: ${tpl.name}`}
                    onClick={() => setConfirming(tpl.name)}
                  >
                    {tt.delete}
                  </button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>

      {exported && <ExportBox name={exported.name} json={exported.json} onCopy={copy} />}

      <form onSubmit={saveTemplate} noValidate class="sub">
        <h3>{tt.saveTitle}</h3>
        <SelectField
          label={tt.journal}
          value={journal}
          options={[
            { value: '', label: t.journal.choose },
            ...props.data.journals.map((j) => ({ value: j.sheetName, label: j.sheetName })),
          ]}
          onChange={setJournal}
        />
        <TextField label={tt.name} value={name} onInput={setName} />
        <div class="actions">
          <button type="submit" class="secondary" disabled={busy}>
            {tt.save}
          </button>
        </div>
      </form>

      <form onSubmit={importTemplate} noValidate class="sub">
        <h3>{tt.importTitle}</h3>
        <TextArea label={tt.importJson} value={json} rows={4} onInput={setJson} />
        <div class="actions">
          <button type="submit" class="secondary" disabled={busy}>
            {tt.import}
          </button>
        </div>
      </form>
      {busy && <Busy />}
      <Messages notice={notice} />
    </section>
  );
}

function ExportBox(props: {
  name: string;
  json: string;
  onCopy: (text: string, area: HTMLTextAreaElement | null) => void;
}) {
  const t = useText();
  const box = useRef<HTMLDivElement>(null);
  return (
    <div class="export" ref={box}>
      <TextArea label={t.templates.exportLabel(props.name)} value={props.json} rows={6} readOnly />
      <button
        type="button"
        class="secondary"
        onClick={() => props.onCopy(props.json, box.current?.querySelector('textarea') ?? null)}
      >
        {t.templates.copy}
      </button>
    </div>
  );
}
