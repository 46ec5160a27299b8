// The package build, failing on the first error:
//  1. ES modules mirroring src/ (vite), 2. type declarations (tsc),
//  3. the custom-elements manifest (analyzer), 4. VS Code's HTML custom data from it,
//  5. one self-contained ES module with Lit inside, for a plain <script type="module">,
//  6. the server's write rules as a Node module, and the server entry's declarations (tsc).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { bundleWriteRules } from '../server/rules-source.mjs';
import { minifiedStyles } from './minify-css.mjs';
import { shippedSideEffects } from './side-effects.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run(bin('vite'), ['build', '--config', 'vite.lib.config.ts', '--logLevel', 'warn']);
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run('npm', ['run', '--silent', 'analyze']);

run('node', ['scripts/vscode-custom-data.mjs']);

await build({
  entryPoints: ['src/bundle.ts'],
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outfile: 'dist/portal-announcements.bundle.js',
  legalComments: 'eof',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
  plugins: [shippedSideEffects(), minifiedStyles(resolve(import.meta.dirname, '..'))],
});

// `portal-announcements/server` runs server/ as it is, with these rules instead of src/.
await bundleWriteRules({ outfile: 'dist/server/write-rules.js' });
run(bin('tsc'), ['-p', 'tsconfig.server.json']);

console.log('Built dist/, custom-elements.json and dist/vscode.html-custom-data.json');
