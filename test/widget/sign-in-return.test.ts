/** The way back from the health system's sign-in page: only the region and the step, for 30 minutes, used once. */
import { expect } from '@open-wc/testing';
import { rememberSignInReturn, takeSignInReturn } from '../../src/widget/sign-in-return.js';
import { signInHref } from '../../src/details/sign-in-offer.js';

const KEY = 'dexcare-virtual-visit.sign-in-return';

describe('sign-in return', () => {
  afterEach(() => sessionStorage.removeItem(KEY));

  it('keeps the practice, the region and the step only, and gives them back once', () => {
    rememberSignInReturn('practice-1', 'region-1');
    expect(Object.keys(JSON.parse(sessionStorage.getItem(KEY)!)).sort()).to.deep.equal(['expires', 'practiceId', 'regionId', 'step']);
    expect(takeSignInReturn('practice-1')).to.equal('region-1');
    expect(takeSignInReturn('practice-1'), 'used once').to.equal(undefined);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
  });

  it('another practice\'s widget leaves it; an old or garbled one is dropped', () => {
    rememberSignInReturn('practice-1', 'region-1');
    expect(takeSignInReturn('practice-2')).to.equal(undefined);
    expect(takeSignInReturn('practice-1')).to.equal('region-1');
    sessionStorage.setItem(KEY, JSON.stringify({ practiceId: 'practice-1', regionId: 'region-1', expires: Date.now() - 1 }));
    expect(takeSignInReturn('practice-1')).to.equal(undefined);
    sessionStorage.setItem(KEY, JSON.stringify({ practiceId: 'practice-1', regionId: 'region-1', expires: Date.now() + 86_400_000 }));
    expect(takeSignInReturn('practice-1'), 'a lifetime beyond 30 minutes was not ours').to.equal(undefined);
    sessionStorage.setItem(KEY, '{not json');
    expect(takeSignInReturn('practice-1')).to.equal(undefined);
  });

  it('sign-in-url: {returnUrl} becomes this page\'s address, encoded; only http(s) addresses', () => {
    const page = 'https://www.example-health.org/care?x=1#top';
    expect(signInHref('https://login.example-health.org/?next={returnUrl}', page)).to.equal(
      `https://login.example-health.org/?next=${encodeURIComponent(page)}`,
    );
    expect(signInHref('/sign-in', page)).to.equal('https://www.example-health.org/sign-in');
    expect(signInHref('javascript:alert(1)', page)).to.equal('');
    expect(signInHref('', page)).to.equal('');
  });
});
