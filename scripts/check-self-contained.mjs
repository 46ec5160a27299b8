// The project must work from a clone in an empty folder, so nothing in it may reach for a
// file outside its own folder. This check fails the lint step when a relative path in any
// tracked source, config or script file climbs above the repository's root.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

const root = process.cwd();
const CHECKED = /\.(ts|mts|mjs|cjs|js|json|sh|html|ya?ml)$/;
const NOT_CODE = new Set(['package-lock.json']);
/** A relative path that starts by going up one folder or more. */
const CLIMBING_PATH = /(?<![\w./])((?:\.\.\/)+[\w.@-][\w./@-]*)/g;

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => file && !NOT_CODE.has(file) && (CHECKED.test(file) || file.startsWith('.ci/')));

const findings = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue; // deleted in the working tree
  }
  text.split('\n').forEach((line, index) => {
    for (const [, path] of line.matchAll(CLIMBING_PATH)) {
      const fromRoot = relative(root, resolve(dirname(resolve(root, file)), path));
      if (fromRoot.startsWith('..') || isAbsolute(fromRoot)) findings.push(`${file}:${index + 1}: ${path}`);
    }
  });
}
if (findings.length) {
  console.error('Paths that lead outside the repository (a clone has nothing beside it):');
  for (const finding of findings) console.error(`  ${finding}`);
  process.exit(1);
}
console.log(`No paths outside the repository in ${files.length} files.`);
