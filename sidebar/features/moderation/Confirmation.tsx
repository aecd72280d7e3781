/**
 * The explicit confirmation before a score in the journal changes: EVERY change is listed
 * (pupil, cell, old → new), with what will not be written and why; nothing is sent until Confirm.
 */
import type { Lang } from '../../../src/core/i18n/messages';
import { decimal } from '../../../src/core/moderation/format';
import type { ScoreChange } from '../../../src/core/moderation/types';
import type { ScoreConflictFound } from '../../../src/shared/endpoints';
import type { ModerationUiText } from './texts';

export function scoreText(v: number | string, lang: Lang): string {
  return typeof v === 'number' ? decimal(v, lang) : v === '' ? '—' : `«${v}»`;
}

export function ConflictList(props: {
  conflicts: readonly ScoreConflictFound[];
  lang: Lang;
  t: ModerationUiText;
}) {
  const { t, lang } = props;
  if (props.conflicts.length === 0) return null;
  return (
    <div class="notice error" role="alert">
      <div class="notice-text">
        {t.refused(props.conflicts.length)}
        <ul class="conflicts">
          {props.conflicts.map((c) => (
            <li key={c.a1}>
              {c.pupil} ({c.a1}):{' '}
              {c.pupilFound !== undefined
                ? t.otherPupil(c.pupilFound)
                : t.conflict(scoreText(c.expected, lang), scoreText(c.found, lang))}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function Confirmation(props: {
  action: 'apply' | 'undo';
  changes: readonly ScoreChange[];
  conflicts: readonly ScoreConflictFound[];
  notes: readonly string[];
  lang: Lang;
  t: ModerationUiText;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, lang } = props;
  const n = props.changes.length;
  return (
    <section class="confirmation" role="group" aria-label={props.action === 'apply' ? t.apply : t.undo}>
      <p>{props.action === 'apply' ? t.confirmApply(n) : t.confirmUndo(n)}</p>
      <ul class="changes">
        {props.changes.map((c) => (
          <li key={c.a1}>
            {c.pupil} ({c.a1}): {scoreText(c.old, lang)} → {scoreText(c.new, lang)}
          </li>
        ))}
      </ul>
      {props.notes.length > 0 && (
        <ul class="muted">
          {props.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <ConflictList conflicts={props.conflicts} lang={lang} t={t} />
      <div class="actions">
        {n > 0 && (
          <button type="button" class="primary" disabled={props.busy} onClick={props.onConfirm}>
            {t.confirm}
          </button>
        )}
        <button type="button" disabled={props.busy} onClick={props.onCancel}>
          {t.cancel}
        </button>
      </div>
    </section>
  );
}
