/** What a patient does in the widget, with Playwright locators on its element (`target`). */

/** Picks `region` in the state list and waits for its status (`status` false: no wait). */
export async function chooseRegion(target, region, status = 'Open now') {
  await target.getByLabel('Where are you right now?').selectOption({ label: region });
  if (status) await target.getByText(status).first().waitFor();
}

/** Fills the form as a patient paying with the sandbox's coupon, accepts the terms, and requests. */
export async function fillAndRequest(target) {
  await target.getByLabel('Reason for visit').fill('Sore throat and fever since Monday');
  await target.getByRole('radio', { name: 'Coupon code' }).check();
  await target.getByLabel('Coupon or service key').fill('SANDBOX-FREE');
  await target.getByRole('checkbox', { name: 'I accept the terms of service' }).check();
  await target.getByRole('button', { name: 'Request visit' }).click();
}
