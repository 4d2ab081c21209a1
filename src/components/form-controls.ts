/**
 * Template helpers for one labelled control each, so every field gets the same wiring: a visible label,
 * "required" in words, a hint, an error tied by aria-describedby, aria-invalid. Ids are field names,
 * unique within the form's shadow root.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';

/** The autofill tokens the form uses: the patient's own contact details, or `off` for other people's. */
export type AutofillToken = 'tel' | 'email' | 'address-line1' | 'address-line2' | 'address-level2' | 'address-level1' | 'postal-code' | 'off';

export interface ControlOptions {
  id: string;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  required?: boolean;
  autocomplete?: AutofillToken;
  onInput: (value: string) => void;
  onBlur: () => void;
}

export interface TextOptions extends ControlOptions {
  type?: 'text' | 'tel' | 'email' | 'date';
  inputmode?: 'text' | 'tel' | 'email' | 'numeric';
  maxlength?: number;
  multiline?: boolean;
}

export interface Choice {
  value: string;
  label: string;
}

export interface SelectOptions extends ControlOptions {
  choices: Choice[];
  placeholder: string;
}

function describedBy(id: string, { hint, error }: { hint?: string; error?: string }): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function labelFor(options: ControlOptions): TemplateResult {
  return html`<label for=${options.id} part="field-label">
    ${options.label}${options.required ? html` <span class="required">${msg('(required)')}</span>` : nothing}
  </label>`;
}

function hintAndError({ id, hint, error }: ControlOptions): TemplateResult {
  return html`${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}${error
    ? html`<p class="error" id="${id}-error" part="field-error">${error}</p>`
    : nothing}`;
}

const inputValue = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;

export function textControl(options: TextOptions): TemplateResult {
  const common = {
    describedBy: describedBy(options.id, options),
    invalid: options.error ? ('true' as const) : ('false' as const),
  };
  const control = options.multiline
    ? html`<textarea
        id=${options.id}
        name=${options.id}
        part="field-input"
        maxlength=${ifDefined(options.maxlength)}
        autocomplete=${ifDefined(options.autocomplete)}
        aria-describedby=${ifDefined(common.describedBy)}
        aria-invalid=${common.invalid}
        ?required=${options.required}
        .value=${live(options.value)}
        @input=${(event: Event) => options.onInput(inputValue(event))}
        @blur=${options.onBlur}
      ></textarea>`
    : html`<input
        id=${options.id}
        name=${options.id}
        part="field-input"
        type=${options.type ?? 'text'}
        inputmode=${ifDefined(options.inputmode)}
        maxlength=${ifDefined(options.maxlength)}
        autocomplete=${ifDefined(options.autocomplete)}
        aria-describedby=${ifDefined(common.describedBy)}
        aria-invalid=${common.invalid}
        ?required=${options.required}
        .value=${live(options.value)}
        @input=${(event: Event) => options.onInput(inputValue(event))}
        @blur=${options.onBlur}
      />`;
  return html`<div class="field" part="field">${labelFor(options)}${hintAndError(options)}${control}</div>`;
}

export function selectControl(options: SelectOptions): TemplateResult {
  return html`<div class="field" part="field">
    ${labelFor(options)}${hintAndError(options)}
    <select
      id=${options.id}
      name=${options.id}
      part="field-input"
      autocomplete=${ifDefined(options.autocomplete)}
      aria-describedby=${ifDefined(describedBy(options.id, options))}
      aria-invalid=${options.error ? 'true' : 'false'}
      ?required=${options.required}
      .value=${live(options.value)}
      @change=${(event: Event) => options.onInput(inputValue(event))}
      @blur=${options.onBlur}
    >
      <option value="" ?selected=${options.value === ''}>${options.placeholder}</option>
      ${options.choices.map((choice) => html`<option value=${choice.value} ?selected=${options.value === choice.value}>${choice.label}</option>`)}
    </select>
  </div>`;
}

/** A group of radio buttons in a fieldset whose legend is the question; the group carries the error. */
export function radioGroup(options: ControlOptions & { choices: Choice[] }): TemplateResult {
  const describedByIds = describedBy(options.id, options);
  return html`<fieldset class="field radios" part="field" id=${options.id} tabindex="-1" aria-describedby=${ifDefined(describedByIds)}>
    <legend part="field-label">
      ${options.label}${options.required ? html` <span class="required">${msg('(required)')}</span>` : nothing}
    </legend>
    ${hintAndError(options)}
    ${options.choices.map(
      (choice) => html`<label class="choice">
        <input
          type="radio"
          name=${options.id}
          .value=${choice.value}
          .checked=${live(options.value === choice.value)}
          aria-invalid=${options.error ? 'true' : 'false'}
          @change=${() => options.onInput(choice.value)}
          @blur=${options.onBlur}
        />
        <span>${choice.label}</span>
      </label>`,
    )}
  </fieldset>`;
}

export function checkboxControl(options: Omit<ControlOptions, 'value' | 'onInput'> & { checked: boolean; onChange: (checked: boolean) => void }): TemplateResult {
  return html`<div class="field" part="field">
    <label class="choice" part="field-label">
      <input
        id=${options.id}
        name=${options.id}
        type="checkbox"
        part="field-input"
        aria-describedby=${ifDefined(describedBy(options.id, options))}
        aria-invalid=${options.error ? 'true' : 'false'}
        ?required=${options.required}
        .checked=${live(options.checked)}
        @change=${(event: Event) => options.onChange((event.target as HTMLInputElement).checked)}
        @blur=${options.onBlur}
      />
      <span>${options.label}${options.required ? html` <span class="required">${msg('(required)')}</span>` : nothing}</span>
    </label>
    ${hintAndError({ ...options, value: '', onInput: () => {} })}
  </div>`;
}
