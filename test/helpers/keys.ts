/**
 * Real key presses in every engine the suite runs in. Each launcher speaks its own dialect:
 * - Chromium (Puppeteer over CDP) knows every name the tests use;
 * - Firefox (Puppeteer over WebDriver BiDi) knows the space bar only as ' ', not 'Space';
 * - WebKit (the webdriver launcher) presses the characters of one `type` as one action, all keys down and
 *   then all up, so a repeated character is lost ('SANDBOX-FREE' arrives as 'SANDBOX-FRE'), and it has no
 *   `down`/`up`: characters go one per action, and a chord is sent as its WebDriver key codes.
 */
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { engine } from './engine.js';

export { engine };

/** Presses one key by its name (KeyboardEvent.key: 'Tab', 'Enter', 'Space', 'ArrowDown', 'Escape', …). */
export async function pressKey(key: string): Promise<void> {
  await sendKeys({ press: key === 'Space' && engine === 'firefox' ? ' ' : key });
}

/** Types text with real key presses into whatever holds focus. */
export async function typeKeys(text: string): Promise<void> {
  if (engine !== 'webkit') {
    await sendKeys({ type: text });
    return;
  }
  for (const character of text) await sendKeys({ type: character });
}

/** WebDriver's code for Shift (https://w3c.github.io/webdriver/#keyboard-actions). */
const WEBDRIVER_SHIFT = '\uE008';
const WEBDRIVER_TAB = '\uE004';

/** Shift+Tab: focus back one stop. */
export async function shiftTab(): Promise<void> {
  if (engine === 'webkit') {
    // One action: Shift down, Tab down, then both up.
    await sendKeys({ type: WEBDRIVER_SHIFT + WEBDRIVER_TAB });
    return;
  }
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/**
 * A button before and one after everything on the page, for tests that Tab through the widget: Tab starts
 * from the first and never leaves the page. Firefox starts a new tab with focus in its address bar, and moves
 * focus into its toolbar when a Tab passes the page's last stop; later key presses land there. So the first
 * button is clicked with the mouse, as a patient's click gives a page focus, and stays focused.
 * Call it once the widget is mounted; `remove` takes the fence down.
 */
export async function fencePage(): Promise<{ start: HTMLButtonElement; remove: () => void }> {
  const fence = (text: string) => Object.assign(document.createElement('button'), { textContent: text, type: 'button' });
  const start = fence('Start of page');
  const end = fence('End of page');
  document.body.prepend(start);
  document.body.append(end);
  start.scrollIntoView();
  const box = start.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
  start.focus();
  return { start, remove: () => (start.remove(), end.remove()) };
}
