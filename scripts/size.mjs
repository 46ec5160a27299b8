// Prints what each public entry weighs the way a portal receives it (minified + gzipped, Lit
// included) and without Lit, and fails when an entry is over its budget. Code behind a
// dynamic import() is not counted against the entry: it only loads when needed.
import { PUBLIC_ENTRIES } from './entries.mjs';
import { bundleWeight, LIT_PACKAGES, REACT_BANNER_ALLOWANCE, REACT_PACKAGES } from './portal-bundle.mjs';

/**
 * Budgets in gzipped bytes, Lit included. Each entry is what one kind of page imports. The
 * React banner's budget is the plain banner entry's weight plus the wrapper's allowance; React
 * itself is left out, as any React page has it.
 */
const BUDGETS = [
  // The banner's target is 18.5 KB (22 KB with the RestAdapter). Its first-render snapshot and
  // steady paging layout took it past that, and the languages, audience, dismissal and read
  // receipts after them; until it is back under, today's figure (rounded up to 16 B) is the
  // ceiling, so it can only shrink, and the report shows how far it is from the target.
  { name: 'banner + state + LocalAdapter', imports: ['banner', 'adapters/local'], budget: 21_000, target: 18_944 },
  { name: 'banner + RestAdapter', imports: ['banner', 'adapters/rest'], budget: 24_928, target: 22_528 },
  // Today's figure + 0.5 KB: the languages, audience, dismissal and read receipts feature added its weight.
  { name: 'sidebar + list + rich-text renderer', imports: ['sidebar', 'list'], lazy: true, budget: 37_294 },
  // The editor grew by its languages, audience (with the client search), dismissal and read
  // receipts sections: about 7.5 KB; today's figure + 0.5 KB. It loads only in the firm's settings.
  { name: 'editor (with its preview renderer)', imports: ['editor'], lazy: true, budget: 58_880 },
  { name: 'react/banner (without React)', imports: ['react/banner'], external: REACT_PACKAGES, budgetOver: ['banner'], allowance: REACT_BANNER_ALLOWANCE },
];
const REPORT_ONLY = [
  { name: 'everything (.)', imports: ['.'] },
  { name: 'react (every element, without React)', imports: ['react'], external: REACT_PACKAGES },
  { name: 'MemoryAdapter', imports: ['adapters/memory'] },
  { name: 'Markdown renderer (lazy chunk)', file: 'src/internal/rich-text/markdown-renderer.ts' },
  { name: 'legacy HTML sanitizer (lazy chunk)', file: 'src/internal/rich-text/html-renderer.ts' },
  { name: 'delete confirmation placement (lazy chunk)', file: 'node_modules/@floating-ui/dom/dist/floating-ui.dom.mjs' },
  { name: 'excerpt (in the banner)', file: 'src/internal/rich-text/excerpt.ts' },
  // Loaded with a page's first read receipt, so not counted in the banner rows.
  { name: 'read receipt reporter (lazy chunk)', file: 'src/state/receipt-reporter.ts' },
];

/** `banner` -> `src/entries/banner.ts`, `.` -> `src/index.ts`, from the package's own list. */
const entryFile = (name) => PUBLIC_ENTRIES[name === '.' ? '.' : `./${name}`];

const sourceFor = (target) =>
  target.file
    ? `export * from ${JSON.stringify(`./${target.file}`)};`
    : target.imports.map((name) => `export * from ${JSON.stringify(`./${entryFile(name)}`)};`).join('\n');

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The budget in bytes: fixed, or another entry's weight plus an allowance. */
async function budgetOf(target) {
  if (!target.budgetOver) return { bytes: target.budget };
  const { gzipped } = await bundleWeight(sourceFor({ imports: target.budgetOver }));
  return { bytes: gzipped + target.allowance, label: `${target.budgetOver.join(' + ')} + ${kb(target.allowance)}` };
}

/** How far an entry whose budget is above its target still is from that target. */
const targetNote = (target, bytes) =>
  target.target === undefined ? '' : bytes > target.target ? `, target ${kb(target.target)}: ${bytes - target.target} B to go` : `, target ${kb(target.target)} met`;

let failed = false;
const rows = [];
/** Entries over budget, with the minified bytes each module adds to them. */
const overBudget = [];
for (const target of [...BUDGETS, ...REPORT_ONLY]) {
  const source = sourceFor(target);
  const external = target.external ?? [];
  const { gzipped: withLit, modules } = await bundleWeight(source, { lazy: target.lazy, external });
  const { gzipped: withoutLit } = await bundleWeight(source, { lazy: target.lazy, external: [...external, ...LIT_PACKAGES] });
  const budget = target.budget !== undefined || target.budgetOver ? await budgetOf(target) : undefined;
  const over = budget !== undefined && withLit > budget.bytes;
  failed ||= over;
  if (over) overBudget.push({ name: target.name, modules });
  rows.push([
    target.name,
    kb(withLit),
    kb(withoutLit),
    budget === undefined ? '-' : `${kb(budget.bytes)} ${over ? 'OVER' : 'ok'}${budget.label ? ` (${budget.label})` : ''}${targetNote(target, withLit)}`,
  ]);
}
const { gzipped: litAlone } = await bundleWeight(`export * from 'lit'; export * from 'lit/decorators.js';`);
rows.push(['Lit with decorators (baseline)', kb(litAlone), '-', '-']);

const header = ['entry (min + gzip)', 'with Lit', 'without Lit', 'budget'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
console.log(line(header));
for (const row of rows) console.log(line(row));
for (const { name, modules } of overBudget) {
  // Minified bytes before compression: they show where to cut, the gzipped total is the verdict.
  const largest = [...modules].sort((a, b) => b[1] - a[1]).slice(0, 15);
  console.log(`\nLargest modules in "${name}" (minified bytes, before gzip):`);
  for (const [module, bytes] of largest) console.log(`  ${String(bytes).padStart(6)}  ${module}`);
}
if (failed) {
  console.error('\nAn entry is over its size budget.');
  process.exit(1);
}
