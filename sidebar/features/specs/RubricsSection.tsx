/**
 * The «Rubrics for parents» part of the Work specification panel: the whole class or one pupil,
 * in the language chosen (the Settings' language by default), then the sheet to open and its
 * A4 PDF link, as the reports show theirs.
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../../../src/core/i18n/messages';
import { renderGridProblem, specToJson, type WorkSpec } from '../../../src/core/tasks';
import type { RubricsOutcome } from '../../../src/shared/endpoints';
import { UI_LANGS, useText } from '../../i18n';
import { call } from '../../rpc';
import type { Notice } from '../../ui/feedback';
import { SelectField } from '../../ui/fields';
import type { SpecUiText } from './texts';

interface Props {
  t: SpecUiText;
  lang: Lang;
  defaultLang: Lang;
  pupils: string[];
  busy: boolean;
  run: <T>(work: () => Promise<T>, done: (value: T) => Notice | null | void) => Promise<void>;
  /** The form's checked specification and journal, or undefined (the panel shows why). */
  spec: () => { spec: WorkSpec; journal: string } | undefined;
}

export function RubricsSection({ t, lang, defaultLang, pupils, busy, run, spec }: Props) {
  const ui = useText();
  const [pupil, setPupil] = useState('');
  const [rubricLang, setRubricLang] = useState<Lang>(defaultLang);
  const [written, setWritten] = useState<RubricsOutcome | null>(null);

  function make() {
    const chosen = spec();
    if (!chosen) return;
    setWritten(null);
    void run(
      () =>
        call('writeRubrics', {
          json: specToJson(chosen.spec),
          sheetName: chosen.journal,
          lang: rubricLang,
          ...(pupil === '' ? {} : { pupil }),
        }),
      (outcome) => {
        setWritten(outcome);
        const details = outcome.problems.map((p) => renderGridProblem(p, lang));
        return {
          kind: details.length > 0 ? 'info' : 'success',
          text: () => t.rubricsDone(outcome.sheetName, outcome.pages),
          details: details.length > 0 ? [t.gridProblems(details.length), ...details] : undefined,
        };
      },
    );
  }

  return (
    <section class="sub" aria-labelledby="spec-rubrics-title">
      <h3 id="spec-rubrics-title">{t.rubrics}</h3>
      <p class="muted">{t.rubricsHint}</p>
      <SelectField
        label={t.rubricsPupil}
        value={pupil}
        options={[{ value: '', label: t.wholeClass }, ...pupils.map((p) => ({ value: p, label: p }))]}
        onChange={setPupil}
      />
      <SelectField
        label={t.rubricsLang}
        value={rubricLang}
        options={UI_LANGS.map((l) => ({ value: l, label: ui.langNames[l] }))}
        onChange={(l) => setRubricLang(l as Lang)}
      />
      <div class="actions">
        <button type="button" disabled={busy} onClick={make}>
          {t.makeRubrics}
        </button>
      </div>
      {written && (
        <p class="sheets">
          <button
            type="button"
            class="link"
            onClick={() =>
              void call('jumpTo', { sheetName: written.sheetName, a1: 'A1' }).catch(() => undefined)
            }
          >
            {written.sheetName}
          </button>
          {/^https:\/\//.test(written.printUrl ?? '') && (
            <>
              {' · '}
              <a href={written.printUrl} target="_blank" rel="noopener noreferrer">
                {ui.printPdf}
              </a>
            </>
          )}
        </p>
      )}
    </section>
  );
}
