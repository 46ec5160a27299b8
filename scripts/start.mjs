// `npm start`: the demo portal on the embedded LocalAdapter (no server needed).
// `npm start -- --api [--api-port 8787] [--data .data/demo-announcements]`: the same demo on
// the reference REST server. Vite proxies /api/ to it, so the portal calls its own origin. An
// API already running on the port (`npm run serve:api`) is used as it is.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { demoApi, demoTokens } from './demo-api.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    api: { type: 'boolean', default: false },
    'api-port': { type: 'string', default: '8787' },
    data: { type: 'string', default: '.data/demo-announcements' },
  },
});

if (!values.api) {
  const vite = spawn(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), '--config', resolve(root, 'vite.config.ts')], {
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => vite.kill(signal));
  vite.on('exit', (code) => process.exit(code ?? 0));
} else {
  // Until both servers run, a signal just exits (which also stops an API this script started).
  let stop = () => process.exit(0);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => stop());
  const tokens = demoTokens();
  const api = await demoApi({ port: Number(values['api-port']), dataFile: resolve(root, values.data), tokens });
  // Read by demo/portal.ts: with it set, the demo uses a RestAdapter instead of the LocalAdapter,
  // and sends the token of whoever is signed in, as a portal sends its session.
  process.env.VITE_ANNOUNCEMENTS_API = '/api/announcements';
  process.env.VITE_ANNOUNCEMENTS_TOKENS = JSON.stringify(tokens);
  const { createServer } = await import('vite');
  const vite = await createServer({
    configFile: resolve(root, 'vite.config.ts'),
    server: { proxy: { '/api': { target: api.origin, changeOrigin: false } } },
  });
  await vite.listen();
  vite.printUrls();
  console.log(`  ➜  ${api.note}`);
  stop = () => void Promise.all([vite.close(), api.stop()]).then(() => process.exit(0));
}
