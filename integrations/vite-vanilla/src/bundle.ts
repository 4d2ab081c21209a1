// bundle.html: the `/bundle` export, which must survive a bundler: its on-demand parts (the visit form,
// loaded at "Continue") become chunks of this build.
import '@dexcare/virtual-visit/bundle';
import { connect } from './host.js';

void connect();
