// index.html: the package's main import (lib/, unbundled ES modules; Vite bundles them with the app).
import '@dexcare/virtual-visit';
import { connect } from './host.js';

void connect();
