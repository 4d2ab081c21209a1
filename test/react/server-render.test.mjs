// The React component rendered on a server (Next.js prerendering a client component does this): the
// package's lib/ imports in Node, and the HTML carries the children as the visible fallback until the
// element upgrades in the browser. Run after `npm run build` (lib/).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

describe('@dexcare/virtual-visit/react on the server', () => {
  it('renders the tag with its fallback children, and no attribute the browser would add or drop', async () => {
    const { DexCareVirtualVisit } = await import('@dexcare/virtual-visit/react');
    const html = renderToString(
      createElement(
        DexCareVirtualVisit,
        { practiceId: '0cee700e-f4c1-4459-b390-263e4ded436c', brand: 'acme', getAccessToken: async () => 'token' },
        createElement('p', null, 'Call 555-0100 to see a clinician.'),
      ),
    );
    assert.equal(html, '<dexcare-virtual-visit><p>Call 555-0100 to see a clinician.</p></dexcare-virtual-visit>');
    assert.doesNotMatch(html, /token/, 'a function prop never reaches the HTML');
  });
});
