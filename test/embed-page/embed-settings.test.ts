import { expect } from '@open-wc/testing';
import { embedSettings } from '../../src/embed/embed-settings.js';

describe('embed.html: settings from the query', () => {
  it('takes the attributes it knows, in order, and posts to the referrer\'s origin by default', () => {
    const settings = embedSettings('?practice-id=p1&brand=acme&locale=es&region-code=MT', 'https://www.example-health.org/find-care?x=1');
    expect(settings.attributes).to.deep.equal([['practice-id', 'p1'], ['brand', 'acme'], ['locale', 'es'], ['region-code', 'MT']]);
    expect(settings.parentOrigin).to.equal('https://www.example-health.org');
    expect(settings.problems).to.deep.equal([]);
  });

  it('parent-origin wins over the referrer; a bad one means nothing is posted', () => {
    expect(embedSettings('?practice-id=p&brand=b&parent-origin=https://cms.example.org', 'https://other.example').parentOrigin).to.equal('https://cms.example.org');
    const bad = embedSettings('?practice-id=p&brand=b&parent-origin=*', 'https://other.example');
    expect(bad.parentOrigin).to.equal(null);
    expect(bad.problems.join(' ')).to.include('"parent-origin" must be an origin');
  });

  it('no referrer and no parent-origin: nothing posted, and the integrator is told', () => {
    const settings = embedSettings('?practice-id=p&brand=b', '');
    expect(settings.parentOrigin).to.equal(null);
    expect(settings.problems.join(' ')).to.include('set parent-origin');
  });

  it('refuses anything that looks like a secret or patient data, without echoing it', () => {
    const settings = embedSettings('?practice-id=p&brand=b&accessToken=xyz&patient-name=Ada&client_secret=s', 'https://a.example');
    expect(settings.attributes.map(([name]) => name)).to.deep.equal(['practice-id', 'brand']);
    expect(settings.problems).to.have.length(3);
    expect(settings.problems.join(' ')).not.to.match(/xyz|Ada/);
  });

  it('names what is missing and what is unknown', () => {
    const settings = embedSettings('?mode=dialog', 'https://a.example');
    expect(settings.problems).to.deep.equal([
      '"mode" is not a setting of embed.html; ignored.',
      '"practice-id" is missing from embed.html\'s query.',
      '"brand" is missing from embed.html\'s query.',
    ]);
  });
});
