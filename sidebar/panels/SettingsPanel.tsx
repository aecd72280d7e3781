import { useRef, useState } from 'preact/hooks';
import type { Lang } from '../../src/core/i18n/messages';
import {
  FINAL_RULES,
  inForceIn,
  inForceText,
  PRESETS,
  type FinalRule,
  type Rounding,
  type SorMode,
} from '../../src/core/ruleset';
import { schoolYearOf } from '../../src/core/journal/settingsCheck';
import type { Settings } from '../../src/core/settings';
import { call } from '../rpc';
import {
  CUSTOM,
  draftOfSettings,
  rulesDraft,
  settingsOfDraft,
  type SettingsDraft,
  type SettingsField,
} from '../forms/settingsForm';
import { withoutErrors, type Errors } from '../forms/invalid';
import { UI_LANGS, useText } from '../i18n';
import { Busy, Messages } from '../ui/feedback';
import { Group, SelectField, TextField } from '../ui/fields';
import { focusFirstInvalid } from '../ui/focus';
import { useAction } from '../ui/useAction';

export function SettingsPanel(props: {
  settings: Settings;
  presets: string[];
  onSaved: (s: Settings) => void;
}) {
  const t = useText();
  const s = t.settings;
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOfSettings(props.settings));
  const [errors, setErrors] = useState<Errors<SettingsField>>({});
  const { busy, notice, setNotice, run } = useAction();
  const form = useRef<HTMLFormElement>(null);
  const set = (patch: Partial<SettingsDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((e) =>
      withoutErrors<SettingsField>(e, Object.keys(patch), [
        'weightsWithSoch',
        'weightsWithoutSoch',
        'thresholds',
      ]),
    );
  };

  const num = (
    key: 'w_fo' | 'w_sor' | 'w_soch' | 'w_fo_nosoch' | 'w_sor_nosoch' | 't3' | 't4' | 't5',
    group: SettingsField,
  ) => (
    <TextField
      numeric
      class="narrow"
      label={s[key]}
      value={draft[key]}
      error={errors[key]}
      groupError={errors[group] ? `settings-${group}` : undefined}
      onInput={(v) => set({ [key]: v })}
    />
  );

  function chooseRuleset(value: string) {
    // Custom rules start from the preset that was chosen, so only real changes become overrides.
    if (value === CUSTOM)
      set({ ruleset: CUSTOM, base: draft.ruleset === CUSTOM ? draft.base : draft.ruleset });
    else set({ ruleset: value, base: value, ...rulesDraft(value) });
  }

  function submit(e: Event) {
    e.preventDefault();
    const { settings, errors: found } = settingsOfDraft(draft);
    setErrors(found);
    if (!settings) {
      setNotice({ kind: 'error', text: (tt) => tt.fixErrors });
      focusFirstInvalid(form.current);
      return;
    }
    void run(
      () => call('saveSettings', settings),
      (saved) => {
        setDraft(draftOfSettings(saved));
        props.onSaved(saved);
        return { kind: 'success', text: (tt) => tt.settings.saved };
      },
    );
  }

  const presetOptions = props.presets.map((p) => {
    const r = PRESETS[p];
    if (!r) return { value: p, label: p };
    const w = r.withSoch;
    return { value: p, label: s.presetLabel(p, `${w.fo}/${w.sor}/${w.soch}`, r.rounding, inForceText(r)) };
  });
  const chosen = PRESETS[draft.ruleset === CUSTOM ? draft.base : draft.ruleset];
  const year = schoolYearOf(draft.schoolYear);
  const outOfForce =
    chosen && year && !inForceIn(chosen, Number(year.slice(0, 4)))
      ? s.notInForce(chosen.name, inForceText(chosen), year)
      : undefined;
  return (
    <form ref={form} onSubmit={submit} noValidate>
      <h2>{s.title}</h2>
      <SelectField
        label={s.lang}
        value={draft.lang}
        options={UI_LANGS.map((l) => ({ value: l, label: t.langNames[l] }))}
        onChange={(v) => set({ lang: v as Lang })}
      />
      <SelectField
        label={s.ruleset}
        value={draft.ruleset}
        options={[...presetOptions, { value: CUSTOM, label: s.custom }]}
        hint={outOfForce}
        onChange={chooseRuleset}
      />
      {draft.ruleset === CUSTOM && (
        <div class="custom-rules">
          <SelectField
            label={s.basedOn}
            value={draft.base}
            options={presetOptions}
            onChange={(v) => set({ base: v, ...rulesDraft(v) })}
          />
          <Group legend={s.weightsWithSoch} errorId="settings-weightsWithSoch" error={errors.weightsWithSoch}>
            {num('w_fo', 'weightsWithSoch')}
            {num('w_sor', 'weightsWithSoch')}
            {num('w_soch', 'weightsWithSoch')}
          </Group>
          <Group
            legend={s.weightsWithoutSoch}
            errorId="settings-weightsWithoutSoch"
            error={errors.weightsWithoutSoch}
          >
            {num('w_fo_nosoch', 'weightsWithoutSoch')}
            {num('w_sor_nosoch', 'weightsWithoutSoch')}
          </Group>
          <Group legend={s.thresholds} errorId="settings-thresholds" error={errors.thresholds}>
            {num('t3', 'thresholds')}
            {num('t4', 'thresholds')}
            {num('t5', 'thresholds')}
          </Group>
          <SelectField
            label={s.rounding}
            value={draft.rounding}
            options={(['total', 'components', 'mektep', 'none'] as Rounding[]).map((r) => ({
              value: r,
              label: s.roundings[r],
            }))}
            onChange={(v) => set({ rounding: v as Rounding })}
          />
          <SelectField
            label={s.sorMode}
            value={draft.sor_mode}
            options={(['pooled', 'mean'] as SorMode[]).map((m) => ({ value: m, label: s.sorModes[m] }))}
            onChange={(v) => set({ sor_mode: v as SorMode })}
          />
          <TextField
            numeric
            label={s.foMax}
            value={draft.fo_max}
            error={errors.fo_max}
            onInput={(v) => set({ fo_max: v })}
          />
        </div>
      )}
      <SelectField
        label={s.final}
        hint={s.finalHint}
        value={draft.final}
        options={(['', ...FINAL_RULES] as (FinalRule | '')[]).map((f) => ({ value: f, label: s.finals[f] }))}
        onChange={(v) => set({ final: v as FinalRule | '' })}
      />
      <TextField
        label={s.schoolName}
        value={draft.schoolName}
        error={errors.schoolName}
        onInput={(v) => set({ schoolName: v })}
      />
      <TextField
        label={s.schoolYear}
        hint={s.schoolYearHint}
        value={draft.schoolYear}
        error={errors.schoolYear}
        onInput={(v) => set({ schoolYear: v })}
      />
      <TextField
        numeric
        label={s.minFoMarks}
        hint={s.minFoMarksHint}
        value={draft.minFoMarks}
        error={errors.minFoMarks}
        onInput={(v) => set({ minFoMarks: v })}
      />
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {s.save}
        </button>
      </div>
      {busy && <Busy />}
      <Messages notice={notice} />
    </form>
  );
}
