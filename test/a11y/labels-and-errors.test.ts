import { expect, waitUntil } from '@open-wc/testing';
import { pressKey } from '../helpers/keys.js';
import type { DexCareVirtualVisit } from '../../src/widget/dexcare-virtual-visit.js';
import { applyLocale } from '../../src/i18n/localization.js';
import { deepQueryAll, isVisible, waitForText } from '../helpers/dom.js';
import { mountWidget, openVisitForm, submitVisit } from '../helpers/widget.js';
import { freshSandbox } from './widget-states.js';

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Form controls without a visible label, or whose label does not say in words whether it is required. */
function labelProblems(el: DexCareVirtualVisit, words: { required: string; optional: string }): string[] {
  const problems: string[] = [];
  const form = deepQueryAll(el, 'form')[0]!;
  for (const control of [...form.querySelectorAll<HTMLInputElement>('input, select, textarea')].filter(isVisible)) {
    const name = control.id || control.name;
    const labels = [...(control.labels ?? [])].filter((label) => isVisible(label) && text(label) !== '');
    if (labels.length === 0) problems.push(`${name}: no visible label`);
    if (control.type === 'radio') {
      const legend = control.closest('fieldset')?.querySelector('legend');
      if (!legend || !isVisible(legend) || !text(legend).includes(words.required)) problems.push(`${name}: group legend "${text(legend)}"`);
      continue;
    }
    const label = labels.map(text).join(' ');
    const says = control.required ? words.required : words.optional;
    if (!label.includes(says)) problems.push(`${name}: label "${label}" does not say "${says}"`);
  }
  return problems;
}

/** Shows every branch of the form: booking for someone else, paid by someone else's insurance. */
async function openEveryBranch(el: DexCareVirtualVisit, labels: { other: string; insurance: string; otherInsurance: string }) {
  el.getDependentPatientId = async () => 'dependent-id';
  await el.updateComplete;
  for (const [group, option] of [
    ['declaration', labels.other],
    ['paymentMethod', labels.insurance],
    ['insuranceDeclaration', labels.otherInsurance],
  ] as const) {
    await waitUntil(() => deepQueryAll(el, `input[name="${group}"]`).length > 0, `no ${group} group`);
    const radio = deepQueryAll<HTMLInputElement>(el, `input[name="${group}"]`).find((input) => text(input.closest('label')).startsWith(option))!;
    radio.focus();
    await pressKey('Space');
  }
  await waitUntil(
    () => deepQueryAll(el, '#holderFirstName').length > 0 && deepQueryAll(el, '#dependentFirstName').length > 0,
    'the patient and policy holder fields never appeared',
  );
}

describe('a11y: every control has a visible label that says whether it is required', () => {
  beforeEach(freshSandbox);
  after(() => applyLocale('en'));

  it('English, every branch of the form', async () => {
    const { el } = await mountWidget();
    await openVisitForm(el);
    await openEveryBranch(el, { other: 'Someone in my care', insurance: 'Insurance', otherInsurance: 'Someone else' });
    expect(labelProblems(el, { required: '(required)', optional: '(optional)' })).to.deep.equal([]);
    await waitForText(el, 'All fields are required unless marked optional.');
  });

  it('Spanish, every branch of the form', async () => {
    const { el } = await mountWidget();
    await openVisitForm(el);
    el.locale = 'es';
    await waitForText(el, 'Motivo de la consulta');
    await openEveryBranch(el, { other: 'Una persona a mi cargo', insurance: 'Seguro médico', otherInsurance: 'El seguro de otra persona' });
    expect(labelProblems(el, { required: '(obligatorio)', optional: '(opcional)' })).to.deep.equal([]);
  });

  it('the region list has a visible label and a hint tied to it', async () => {
    const { el } = await mountWidget();
    await waitUntil(() => deepQueryAll(el, 'select#region').length > 0);
    const select = deepQueryAll<HTMLSelectElement>(el, 'select#region')[0]!;
    expect(text(select.labels[0])).to.equal('Where are you right now?');
    const hint = (select.getRootNode() as ShadowRoot).getElementById(select.getAttribute('aria-describedby')!);
    expect(text(hint)).to.contain('licensed');
  });
});

describe('a11y: errors are tied to their fields', () => {
  beforeEach(freshSandbox);

  it('aria-invalid and aria-describedby on each invalid field; the summary links to each', async () => {
    const { el } = await mountWidget();
    await openVisitForm(el);
    await submitVisit(el);
    await waitForText(el, 'problems to fix');
    const form = deepQueryAll(el, 'form')[0]!;
    const root = form.getRootNode() as ShadowRoot;
    const invalid = [...form.querySelectorAll('[aria-invalid="true"]')];
    const invalidFields = new Set(invalid.map((control) => (control as HTMLInputElement).name || control.id));
    expect([...invalidFields]).to.have.members(['visitReason', 'paymentMethod', 'acceptedTerms']);

    const fieldsInError = new Set<string>();
    for (const control of invalid) {
      // A radio's group (its fieldset) carries the description, as a group's legend carries its name.
      const described = control.getAttribute('type') === 'radio' ? control.closest('fieldset')! : control;
      const ids = (described.getAttribute('aria-describedby') ?? '').split(' ');
      const error = ids.map((id) => root.getElementById(id)).find((node) => node?.id.endsWith('-error'));
      expect(error, `${described.id}: no error in aria-describedby`).to.exist;
      expect(isVisible(error!) && text(error) !== '', `${described.id}: error not shown`).to.equal(true);
      fieldsInError.add(described.id);
    }

    const links = [...root.querySelectorAll<HTMLAnchorElement>('.summary a')];
    expect(links.map((link) => link.getAttribute('href')!.slice(1))).to.have.members([...fieldsInError]);
    for (const link of links) {
      const field = root.getElementById(link.getAttribute('href')!.slice(1))!;
      const error = root.getElementById(`${field.id}-error`)!;
      expect(text(link), 'the entry repeats the error').to.contain(text(error));
    }
    expect([...form.querySelectorAll('[aria-invalid]')].filter((c) => !invalid.includes(c)).every((c) => c.getAttribute('aria-invalid') === 'false')).to.equal(true);
  });
});
