// Serves the production build with `vite preview` for the browser tests, on a free port.
import { startPreview } from '../../scripts/preview-server';
import { findChromium } from './browser';

export default async function setup(): Promise<() => Promise<void>> {
  findChromium(); // fail at once, with the install command, when there is no browser
  // LEADNET_E2E_DIST serves another build folder (parallel work on one checkout).
  const server = await startPreview(process.env.LEADNET_E2E_DIST ?? 'dist');
  process.env.LEADNET_E2E_URL = server.url;
  return async () => server.stop();
}
