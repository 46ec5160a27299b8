import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

const OPTIONS: RunOptions = { rules: { 'target-size': { enabled: true } } };

/** Runs axe (with `target-size` on) over an element and fails with a readable list of violations. */
export async function expectAccessible(element: Element): Promise<void> {
  const results = await window.axe.run(element, OPTIONS);
  const problems = results.violations.map(
    (violation) => `${violation.id}: ${violation.help}\n    ${violation.nodes.map((node) => node.target.join(' ')).join('\n    ')}`,
  );
  if (problems.length > 0) throw new Error(`axe found ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
}
