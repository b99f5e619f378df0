/**
 * `node out/scripts/prepare-hosts.js`: installs what the VS Code suites need and a fresh
 * machine lacks (Debian's Chromium and the other packages, then code-server from the npm
 * registry). `npm test` runs it beside the unit tests, so the download and the native
 * builds (about 80 s on a clean clone) are done when the first host suite starts.
 */
import { ensureAptPackages, ensureCodeServer } from './lib/install';

ensureAptPackages();
ensureCodeServer();
