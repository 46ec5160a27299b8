// `npm start`: the demo portal on the embedded LocalAdapter (no server needed).
// `npm start -- --api`: the same demo on the reference REST server (data in .data/).
import { spawn } from 'node:child_process';

const onApi = process.argv.includes('--api');
const args = onApi ? ['server/demo.mjs'] : ['node_modules/vite/bin/vite.js', '--config', 'vite.config.ts'];
const child = spawn(process.execPath, args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
