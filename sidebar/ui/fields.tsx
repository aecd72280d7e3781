/**
 * Form controls: every one has a <label>; its hint and error are tied to it with
 * aria-describedby and an error sets aria-invalid, so a screen reader reads why it is refused.
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { renderInvalid, type Invalid } from '../forms/invalid';
import { useText } from '../i18n';

interface Common {
  label: string;
  hint?: string;
  error?: Invalid;
  /** The id of an error about a group of fields this one belongs to. */
  groupError?: string;
  disabled?: boolean;
}

function describedBy(id: string, c: Common): string | undefined {
  const ids = [c.hint ? `${id}-hint` : '', c.error ? `${id}-error` : '', c.groupError ?? ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Shell(props: {
  id: string;
  c: Common;
  children: ComponentChildren;
  class?: string;
  after?: ComponentChildren;
}) {
  const { id, c } = props;
  const t = useText();
  return (
    <div class={`field ${props.class ?? ''}`}>
      <label for={id}>{c.label}</label>
      {props.children}
      {c.hint && (
        <div id={`${id}-hint`} class="hint">
          {c.hint}
        </div>
      )}
      {c.error && (
        <div id={`${id}-error`} class="field-error">
          {renderInvalid(t.invalid, c.error)}
        </div>
      )}
      {props.after}
    </div>
  );
}

export function TextField(
  props: Common & {
    value: string;
    onInput: (v: string) => void;
    numeric?: boolean;
    /** A calendar date (the value is ISO «2026-03-14»; the browser shows its own date picker). */
    date?: boolean;
    placeholder?: string;
    class?: string;
  },
) {
  const id = useId();
  return (
    <Shell id={id} c={props} class={props.class}>
      <input
        id={id}
        type={props.date ? 'date' : 'text'}
        inputMode={props.numeric ? 'decimal' : undefined}
        value={props.value}
        placeholder={props.placeholder}
        disabled={props.disabled}
        aria-invalid={props.error || props.groupError ? 'true' : undefined}
        aria-describedby={describedBy(id, props)}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </Shell>
  );
}

export function TextArea(
  props: Common & {
    value: string;
    onInput?: (v: string) => void;
    rows?: number;
    readOnly?: boolean;
    after?: ComponentChildren;
  },
) {
  const id = useId();
  return (
    <Shell id={id} c={props} after={props.after}>
      <textarea
        id={id}
        rows={props.rows ?? 6}
        value={props.value}
        readOnly={props.readOnly}
        disabled={props.disabled}
        spellcheck={false}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(id, props)}
        onInput={(e) => props.onInput?.(e.currentTarget.value)}
      />
    </Shell>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField(
  props: Common & { value: string; options: Option[]; onChange: (v: string) => void; class?: string },
) {
  const id = useId();
  return (
    <Shell id={id} c={props} class={props.class}>
      <select
        id={id}
        value={props.value}
        disabled={props.disabled}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(id, props)}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}

export function CheckField(props: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div class="field check">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <label for={id}>{props.label}</label>
    </div>
  );
}

/** Fields that belong together (the weights, the thresholds), with the error about all of them. */
export function Group(props: {
  legend: string;
  errorId: string;
  error?: Invalid;
  children: ComponentChildren;
}) {
  const t = useText();
  return (
    <fieldset class="group">
      <legend>{props.legend}</legend>
      <div class="row">{props.children}</div>
      {props.error && (
        <div id={props.errorId} class="field-error">
          {renderInvalid(t.invalid, props.error)}
        </div>
      )}
    </fieldset>
  );
}
