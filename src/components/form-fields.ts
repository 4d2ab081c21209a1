/**
 * How each visit-form field looks: its control, autocomplete token and choices. One switch, so the
 * form element stays about layout and behaviour.
 */
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Patient, Practice, PracticeRegion } from '../api/types.js';
import {
  DECLARATION_OPTIONS, GENDER_OPTIONS, INSURANCE_DECLARATION_OPTIONS, PAYMENT_METHOD_OPTIONS, RELATIONSHIPS,
} from '../booking/choices.js';
import { VISIT_REASON_MAX_LENGTH } from '../booking/field-rules.js';
import { fieldLabel } from '../booking/messages.js';
import { offeredPaymentMethods } from '../booking/payment-methods.js';
import { formatPrice } from '../booking/price.js';
import { departmentsOf } from '../booking/regions.js';
import { usStateOptions } from '../booking/us-state-names.js';
import type { VisitFormField, VisitFormValues } from '../booking/visit-form-values.js';
import { checkboxControl, radioGroup, selectControl, textControl, type AutofillToken, type ControlOptions, type TextOptions } from './form-controls.js';
import type { InsurancePayer } from './visit-form-types.js';

export interface FieldEnvironment {
  values: VisitFormValues;
  practice: Practice;
  region: PracticeRegion;
  patient?: Patient;
  allowDependents: boolean;
  insurancePayers: InsurancePayer[];
  locale: string;
  errorText: (field: VisitFormField) => string | undefined;
  change: (field: VisitFormField, value: VisitFormValues[VisitFormField]) => void;
  leave: (field: VisitFormField) => void;
}

const OPTIONAL_FIELDS = new Set<VisitFormField>(['addressLine2']);

/** The browser autofill token for fields about the signed-in patient; none for other people's data. */
function autocompleteFor(field: VisitFormField): AutofillToken | undefined {
  switch (field) {
    case 'phone': return 'tel';
    case 'email': return 'email';
    case 'addressLine1': return 'address-line1';
    case 'addressLine2': return 'address-line2';
    case 'city': return 'address-level2';
    case 'state': return 'address-level1';
    case 'postalCode': return 'postal-code';
    case 'dependentFirstName':
    case 'dependentLastName':
    case 'dependentDateOfBirth':
    case 'holderFirstName':
    case 'holderLastName':
    case 'holderDateOfBirth':
      return 'off';
    default:
      return undefined;
  }
}

export function renderFormField(field: VisitFormField, env: FieldEnvironment): TemplateResult {
  const { values } = env;
  const base: ControlOptions = {
    id: field,
    label: fieldLabel(field),
    value: String(values[field] ?? ''),
    error: env.errorText(field),
    required: !OPTIONAL_FIELDS.has(field),
    autocomplete: autocompleteFor(field),
    onInput: (value) => env.change(field, value),
    onBlur: () => env.leave(field),
  };
  const text = (options: Partial<TextOptions> = {}) => textControl({ ...base, ...options });
  switch (field) {
    case 'visitReason':
      return text({
        multiline: true,
        maxlength: VISIT_REASON_MAX_LENGTH,
        hint: msg(str`Your main symptom or concern, in a few words (up to ${VISIT_REASON_MAX_LENGTH} characters).`),
      });
    case 'phone':
      return text({ type: 'tel', inputmode: 'tel', hint: msg('For example 555-222-3334. The clinic calls this number if the video drops.') });
    case 'email':
      return text({ type: 'email', inputmode: 'email' });
    case 'postalCode':
      return text({ inputmode: 'numeric', maxlength: 10, hint: msg('5 digits, or ZIP+4 like 12345-6789') });
    case 'dependentDateOfBirth':
    case 'holderDateOfBirth':
      return text({ type: 'date' });
    case 'state':
      return selectControl({ ...base, choices: usStateOptions(env.locale), placeholder: msg('Choose a state') });
    case 'dependentGender':
    case 'holderGender':
      return selectControl({ ...base, choices: [...GENDER_OPTIONS], placeholder: msg('Choose one') });
    case 'relationshipToPatient':
      return selectControl({ ...base, choices: [...RELATIONSHIPS], placeholder: msg('Choose one') });
    case 'departmentId':
      return selectControl({
        ...base,
        choices: departmentsOf(env.region).map((department) => ({ value: department.id, label: department.defaultDepartmentName || department.id })),
        placeholder: msg('Choose a department'),
      });
    case 'insuranceProviderId':
      return env.insurancePayers.length > 0
        ? selectControl({
            ...base,
            choices: env.insurancePayers.map((payer) => ({ value: payer.payerId, label: payer.name })),
            placeholder: msg('Choose your insurance provider'),
          })
        : text({ hint: msg('As printed on the insurance card') });
    case 'declaration':
      return radioGroup({ ...base, choices: DECLARATION_OPTIONS.filter((option) => option.value === 'self' || env.allowDependents) });
    case 'insuranceDeclaration':
      return radioGroup({ ...base, choices: [...INSURANCE_DECLARATION_OPTIONS] });
    case 'paymentMethod': {
      const offered = offeredPaymentMethods(env.practice);
      const choices = PAYMENT_METHOD_OPTIONS.filter((option) => offered.includes(option.value)).map((option) =>
        option.value === 'creditcard'
          ? { value: option.value, label: msg(str`${option.label} (${formatPrice(env.region.visitPrice, env.locale)})`) }
          : option,
      );
      return radioGroup({ ...base, choices });
    }
    case 'acceptedTerms':
      return checkboxControl({
        id: field,
        label: fieldLabel(field),
        error: base.error,
        required: true,
        checked: values.acceptedTerms,
        onChange: (checked) => env.change(field, checked),
        onBlur: base.onBlur,
      });
    default:
      return text();
  }
}
