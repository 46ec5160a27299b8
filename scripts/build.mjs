// The package build, failing on the first error:
//  1. ES modules mirroring src/ (vite), 2. type declarations (tsc),
//  3. the custom-elements manifest (analyzer), 4. VS Code's HTML custom data from it,
//  5. one self-contained ES module with Lit inside, for a plain <script type="module">.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const bin = (name) => `node_modules/.bin/${name}`;
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run(bin('vite'), ['build', '--config', 'vite.lib.config.ts', '--logLevel', 'warn']);
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run('npm', ['run', '--silent', 'analyze']);

writeFileSync('dist/vscode.html-custom-data.json', JSON.stringify(htmlCustomData(), null, 2));

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
});

console.log('Built dist/, custom-elements.json and dist/vscode.html-custom-data.json');

/** VS Code's `html.customData` format, from the custom-elements manifest. */
function htmlCustomData() {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const tags = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName || !declaration.customElement) continue;
      tags.push({
        name: declaration.tagName,
        description: [declaration.summary, declaration.description].filter(Boolean).join('\n\n'),
        attributes: (declaration.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          description: attribute.description ?? '',
          ...(attribute.type?.text?.includes("'")
            ? { values: [...attribute.type.text.matchAll(/'([^']+)'/g)].map(([, name]) => ({ name })) }
            : {}),
        })),
      });
    }
  }
  return { version: 1.1, tags };
}
