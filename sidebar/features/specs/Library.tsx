/** The school's specifications: open one into the form, export it, delete it (after a confirmation). */
import { useState } from 'preact/hooks';
import type { StoredSpec } from '../../../src/shared/endpoints';
import type { SpecUiText } from './texts';

export function Library(props: {
  specs: readonly StoredSpec[];
  busy: boolean;
  t: SpecUiText;
  onOpen: (spec: StoredSpec) => void;
  onExport: (spec: StoredSpec) => void;
  onDelete: (spec: StoredSpec) => void;
}) {
  const { t } = props;
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <section class="templates" aria-labelledby="spec-library-title">
      <h3 id="spec-library-title">{t.library}</h3>
      {props.specs.length === 0 && <p class="muted">{t.libraryEmpty}</p>}
      <ul class="template-list">
        {props.specs.map((spec) => (
          <li key={spec.title}>
            <div class="template-name">{spec.title}</div>
            {confirming === spec.title ? (
              <div class="confirm" role="group" aria-label={t.confirmDelete(spec.title)}>
                <span>{t.confirmDelete(spec.title)}</span>
                <button
                  type="button"
                  class="danger"
                  disabled={props.busy}
                  onClick={() => {
                    setConfirming(null);
                    props.onDelete(spec);
                  }}
                >
                  {t.yesDelete}
                </button>
                <button type="button" class="secondary" onClick={() => setConfirming(null)}>
                  {t.no}
                </button>
              </div>
            ) : (
              <div class="buttons">
                {(
                  [
                    [t.open, () => props.onOpen(spec), 'link'],
                    [t.export, () => props.onExport(spec), 'link'],
                    [t.delete, () => setConfirming(spec.title), 'link danger-text'],
                  ] as const
                ).map(([label, onClick, cls]) => (
                  <button
                    key={label}
                    type="button"
                    class={cls}
                    disabled={props.busy}
                    aria-label={`${label}: ${spec.title}`}
                    onClick={onClick}
                  >
                    {label}
                  </button>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
