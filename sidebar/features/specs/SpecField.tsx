/**
 * A labelled input or textarea with the core's messages about it (already in the UI language),
 * tied with aria-describedby / aria-invalid like sidebar/ui/fields.tsx does for the other forms.
 */
import { useId } from 'preact/hooks';

export function SpecField(props: {
  label: string;
  value: string;
  onInput: (v: string) => void;
  errors?: readonly string[];
  hint?: string;
  multiline?: boolean;
  numeric?: boolean;
  class?: string;
}) {
  const id = useId();
  const errors = props.errors ?? [];
  const described = [props.hint ? `${id}-hint` : '', errors.length > 0 ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    value: props.value,
    'aria-invalid': errors.length > 0 ? ('true' as const) : undefined,
    'aria-describedby': described || undefined,
    onInput: (e: { currentTarget: { value: string } }) => props.onInput(e.currentTarget.value),
  };
  return (
    <div class={`field ${props.class ?? ''}`}>
      <label for={id}>{props.label}</label>
      {props.multiline ? (
        <textarea rows={2} {...common} />
      ) : (
        <input type="text" inputMode={props.numeric ? 'decimal' : undefined} {...common} />
      )}
      {props.hint && (
        <div id={`${id}-hint`} class="hint">
          {props.hint}
        </div>
      )}
      {errors.length > 0 && (
        <div id={`${id}-error`} class="field-error">
          {errors.join(' ')}
        </div>
      )}
    </div>
  );
}

/** Messages about a group (a task's descriptors, the task list) that no single field owns. */
export function GroupErrors({ errors }: { errors?: readonly string[] }) {
  if (!errors || errors.length === 0) return null;
  return (
    <div class="field-error" role="alert">
      {errors.join(' ')}
    </div>
  );
}
