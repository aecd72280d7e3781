/** The shape of a journal: ФО columns, СОР maxima, СОЧ, header language. */
import type { Lang } from '../../src/core/i18n/messages';
import type { Errors } from '../forms/invalid';
import { MAX_SOR, type JournalField, type StructureDraft } from '../forms/journalForm';
import { UI_LANGS, useText } from '../i18n';
import { CheckField, SelectField, TextField } from '../ui/fields';

export function StructureFields(props: {
  draft: StructureDraft;
  errors: Errors<JournalField>;
  set: (patch: Partial<StructureDraft>) => void;
}) {
  const t = useText();
  const j = t.journal;
  const { draft, errors, set } = props;

  function setSorCount(text: string) {
    const n = Number(text);
    const maxes = draft.sorMaxes.slice(0, n);
    while (maxes.length < n) maxes.push(maxes[maxes.length - 1] ?? '20');
    set({ sorMaxes: maxes });
  }

  return (
    <fieldset class="section">
      <legend>{j.structure}</legend>
      <div class="row">
        <TextField
          numeric
          label={j.foCount}
          value={draft.foCount}
          error={errors.foCount}
          onInput={(v) => set({ foCount: v })}
        />
        <SelectField
          label={j.sorCount}
          value={String(draft.sorMaxes.length)}
          options={Array.from({ length: MAX_SOR + 1 }, (_, i) => ({ value: String(i), label: String(i) }))}
          onChange={setSorCount}
        />
      </div>
      {draft.sorMaxes.length > 0 && (
        <div class="row wrap">
          {draft.sorMaxes.map((max, i) => (
            <TextField
              key={i}
              numeric
              label={j.sorMax(i + 1)}
              value={max}
              error={errors[`sor:${i}`]}
              onInput={(v) => set({ sorMaxes: draft.sorMaxes.map((m, k) => (k === i ? v : m)) })}
            />
          ))}
        </div>
      )}
      <CheckField label={j.noSoch} checked={draft.noSoch} onChange={(v) => set({ noSoch: v })} />
      {!draft.noSoch && (
        <TextField
          numeric
          label={j.sochMax}
          value={draft.sochMax}
          error={errors.sochMax}
          onInput={(v) => set({ sochMax: v })}
        />
      )}
      <CheckField label={j.marks} checked={draft.marks} onChange={(v) => set({ marks: v })} />
      <SelectField
        label={j.headerLang}
        value={draft.headerLang}
        options={UI_LANGS.map((l) => ({ value: l, label: t.langNames[l] }))}
        onChange={(v) => set({ headerLang: v as Lang })}
      />
    </fieldset>
  );
}
