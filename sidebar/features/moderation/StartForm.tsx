/**
 * Starting a moderation: the journal and the work, the commission and the date (for the
 * protocol), the sampling rule with its seed shown, and the tolerance.
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../../../src/core/i18n/messages';
import type { JournalSnapshot } from '../../../src/core/journal/snapshot';
import { workLabel } from '../../../src/core/moderation/format';
import { MAX_PER_LEVEL } from '../../../src/core/moderation/sample';
import { MODERATION_TEXTS } from '../../../src/core/moderation/texts';
import type { PanelData } from '../../../src/shared/endpoints';
import { hasErrors, type Errors } from '../../forms/invalid';
import { readNumber } from '../../forms/numbers';
import { useText } from '../../i18n';
import { call } from '../../rpc';
import { Busy, Messages } from '../../ui/feedback';
import { CheckField, Group, SelectField, TextArea, TextField } from '../../ui/fields';
import { useAction } from '../../ui/useAction';
import { newSeed, today, type ModerationRecord } from '../../../src/core/moderation/record';
import { pupilRows } from '../../../src/core/tasks';
import { workKey, worksOf } from './works';
import type { ModerationUiText } from './texts';

type Field = 'journal' | 'work' | 'n' | 'percent' | 'named' | 'seed' | 'tolerance';
type RuleKind = 'perLevel' | 'share' | 'named';

export function StartForm(props: {
  data: PanelData;
  lang: Lang;
  t: ModerationUiText;
  onStarted: (record: ModerationRecord, sheetName: string, unreadable: number) => void;
}) {
  const { data, lang, t } = props;
  const ui = useText();
  const [journal, setJournal] = useState('');
  const [snapshot, setSnapshot] = useState<JournalSnapshot | null>(null);
  const [work, setWork] = useState('');
  const [school, setSchool] = useState(data.settings.schoolName);
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(() => today(new Date()));
  const [chair, setChair] = useState('');
  const [secretary, setSecretary] = useState('');
  const [members, setMembers] = useState('');
  const [rule, setRule] = useState<RuleKind>('perLevel');
  const [named, setNamed] = useState<ReadonlySet<number>>(new Set());
  const [n, setN] = useState('1');
  const [percent, setPercent] = useState('30');
  const [seed, setSeed] = useState(() => String(newSeed(Math.random)));
  const [tolerance, setTolerance] = useState('0');
  const [errors, setErrors] = useState<Errors<Field>>({});
  const load = useAction();
  const run = useAction();

  function chooseJournal(sheetName: string) {
    setJournal(sheetName);
    setSnapshot(null);
    setWork('');
    setNamed(new Set());
    if (sheetName === '') return;
    void load.run(
      () => call('readJournal', sheetName),
      (s) => {
        setSnapshot(s);
        const works = worksOf(s);
        setWork(works.length > 0 ? workKey(works[0]) : ''); // the СОЧ when there is one
      },
    );
  }

  const works = snapshot ? worksOf(snapshot) : [];

  function submit() {
    const e: Errors<Field> = {};
    const ref = works.find((w) => workKey(w) === work);
    if (!snapshot) e.journal = { code: 'required', args: [] };
    if (!ref) e.work = { code: 'required', args: [] };
    const count = readNumber(n, 1, MAX_PER_LEVEL, true);
    const share = readNumber(percent, 1, 100);
    const seedValue = readNumber(seed, 0, 2 ** 32 - 1, true);
    const tol = readNumber(tolerance, 0, 1000);
    if (rule === 'perLevel' && count.error) e.n = count.error;
    if (rule === 'share' && share.error) e.percent = share.error;
    if (rule === 'named' && named.size === 0) e.named = { code: 'required', args: [] };
    if (seedValue.error) e.seed = seedValue.error;
    if (tol.error) e.tolerance = tol.error;
    setErrors(e);
    if (hasErrors(e) || !snapshot || !ref) return;
    void run.run(
      () =>
        call('startModeration', {
          sheetName: journal,
          work: ref,
          rule:
            rule === 'perLevel'
              ? { kind: 'perLevel', n: count.value! }
              : rule === 'share'
                ? { kind: 'share', percent: share.value! }
                : { kind: 'named', rows: [...named].sort((a, b) => a - b) },
          seed: seedValue.value!,
          tolerance: tol.value!,
          lang,
          details: {
            number: number.trim(),
            school: school.trim(),
            date,
            chair: chair.trim(),
            secretary: secretary.trim(),
            members: members
              .split(/\r?\n/)
              .map((m) => m.trim())
              .filter(Boolean),
          },
        }),
      (r) => {
        if (!r.ok) {
          const reason = MODERATION_TEXTS.of(lang).start[r.reason](workLabel(ref, lang));
          return { kind: 'error', text: () => reason };
        }
        props.onStarted(r.record, r.sheetName, r.unreadable);
        return null;
      },
    );
  }

  return (
    <form
      class="moderation-start"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <SelectField
        label={t.journal}
        value={journal}
        error={errors.journal}
        options={[
          { value: '', label: t.choose },
          ...data.journals.map((j) => ({ value: j.sheetName, label: j.sheetName })),
        ]}
        onChange={chooseJournal}
      />
      {load.busy && <Busy />}
      <Messages notice={load.notice} />
      {snapshot && (
        <SelectField
          label={t.work}
          value={work}
          error={errors.work}
          options={works.map((w) => ({ value: workKey(w), label: workLabel(w, lang) }))}
          onChange={setWork}
        />
      )}
      <fieldset>
        <legend>{t.commission}</legend>
        <TextField label={t.school} value={school} onInput={setSchool} />
        <TextField label={t.number} value={number} onInput={setNumber} />
        <TextField label={t.date} date value={date} onInput={setDate} />
        <TextField label={t.chair} value={chair} onInput={setChair} />
        <TextField label={t.secretary} value={secretary} onInput={setSecretary} />
        <TextArea label={t.members} hint={t.membersHint} rows={3} value={members} onInput={setMembers} />
      </fieldset>
      <fieldset>
        <legend>{t.rule}</legend>
        <SelectField
          label={t.rule}
          value={rule}
          options={[
            { value: 'perLevel', label: t.rules.perLevel },
            { value: 'share', label: t.rules.share },
            { value: 'named', label: t.rules.named },
          ]}
          onChange={(v) => setRule(v === 'share' || v === 'named' ? v : 'perLevel')}
        />
        {rule === 'perLevel' && (
          <TextField label={t.perLevel} numeric value={n} error={errors.n} onInput={setN} />
        )}
        {rule === 'share' && (
          <TextField label={t.share} numeric value={percent} error={errors.percent} onInput={setPercent} />
        )}
        {rule === 'named' && (
          <Group legend={t.namedPupils} errorId="moderation-named" error={errors.named}>
            <p class="hint">{snapshot ? t.namedHint : t.namedChooseJournal}</p>
            {snapshot &&
              pupilRows(snapshot).map((p) => (
                <CheckField
                  key={p.row}
                  label={p.name}
                  checked={named.has(p.row)}
                  onChange={(on) =>
                    setNamed((was) => {
                      const next = new Set(was);
                      if (on) next.add(p.row);
                      else next.delete(p.row);
                      return next;
                    })
                  }
                />
              ))}
          </Group>
        )}
        <TextField
          label={t.seed}
          hint={t.seedHint}
          numeric
          value={seed}
          error={errors.seed}
          onInput={setSeed}
        />
        <TextField
          label={t.tolerance}
          hint={t.toleranceHint}
          numeric
          value={tolerance}
          error={errors.tolerance}
          onInput={setTolerance}
        />
      </fieldset>
      {hasErrors(errors) && <p class="field-error">{ui.fixErrors}</p>}
      <div class="actions">
        <button type="submit" class="primary" disabled={run.busy || load.busy}>
          {t.start}
        </button>
      </div>
      {run.busy && <Busy />}
      <Messages notice={run.notice} />
    </form>
  );
}
