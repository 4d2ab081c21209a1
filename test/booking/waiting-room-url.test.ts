import { expect } from '@open-wc/testing';
import { waitingRoomUrl } from '../../src/booking/waiting-room-url.js';

const PAGE = 'https://www.example-health.org/care/virtual.html';
const API = 'https://api.example-health.org/';
const url = (template: string, visitId = 'v-1', brand = 'acme') => waitingRoomUrl({ visitId, brand, template, apiBaseUrl: API, pageUrl: PAGE });

describe('waitingRoomUrl', () => {
  it('by default, the reference\'s DexCare/visit/{visitId}?brand={brand} on the API', () => {
    expect(url('')).to.equal('https://api.example-health.org/DexCare/visit/v-1?brand=acme');
  });

  it('a template with {visitId} and {brand}, encoded', () => {
    expect(url('https://care.example.org/waiting/{visitId}?brand={brand}', 'a/b', 'x&y')).to.equal('https://care.example.org/waiting/a%2Fb?brand=x%26y');
  });

  it('a relative template or base is relative to the page', () => {
    expect(url('/waiting/{visitId}')).to.equal('https://www.example-health.org/waiting/v-1');
    expect(url('waiting')).to.equal('https://www.example-health.org/care/waiting/DexCare/visit/v-1?brand=acme');
  });

  it('a base keeps its last path segment and drops its own query and hash', () => {
    expect(url('https://wr.example.org/care?src=widget#top')).to.equal('https://wr.example.org/care/DexCare/visit/v-1?brand=acme');
    expect(url('https://wr.example.org/{brand}/')).to.equal('https://wr.example.org/acme/DexCare/visit/v-1?brand=acme');
  });

  it('refuses anything but an http(s) address, saying which setting is wrong', () => {
    for (const template of ['javascript:alert(1)', 'javascript:alert({visitId})', 'data:text/html,{visitId}', 'http://[bad']) {
      expect(() => url(template), template).to.throw(/waiting-room-url/);
    }
  });
});
