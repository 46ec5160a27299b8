// The package build: ES modules (vite), type declarations (tsc) and the custom-elements
// manifest (analyzer), in that order, failing on the first error.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run(bin('vite'), ['build', '--config', 'vite.lib.config.ts', '--logLevel', 'warn']);
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run('npm', ['run', '--silent', 'analyze']);
console.log('Built dist/ and custom-elements.json');
