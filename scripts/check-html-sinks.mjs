// Announcement text is untrusted input. This check fails the lint step when source code
// reaches for an HTML-string sink, whatever the import path or spelling ESLint might miss.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SINKS = /\bunsafe(HTML|SVG|MathML)\b|\.(innerHTML|outerHTML)\s*\+?=|insertAdjacentHTML|document\.write\b|createContextualFragment/;

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|js|mjs)$/.test(name)) yield path;
  }
}

const findings = [];
for (const file of sourceFiles('src')) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (SINKS.test(line)) findings.push(`${file}:${index + 1}: ${line.trim()}`);
    });
}
if (findings.length) {
  console.error('HTML-string sinks found in src/ (render untrusted text through the sanitizing renderer):');
  for (const finding of findings) console.error(`  ${finding}`);
  process.exit(1);
}
console.log('No HTML-string sinks in src/.');
