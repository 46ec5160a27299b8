// Times the Markdown renderer (lexer and DOM builder, as the sidebar runs them) on every
// pathological shape at 20,000 characters (a description's maximum) and at 200,000, and on
// plain prose of the same lengths as the baseline; and the banner's excerpt, which strips the
// same text of its markup on every page. Figures go to `scripts/bench-markdown.mjs`.
import { markdownToPlainText } from '../../src/internal/rich-text/excerpt.js';
import { renderMarkdown } from '../../src/internal/rich-text/markdown-renderer.js';
import { PATHOLOGICAL_SHAPES, prose } from '../../test/rich-text/pathological-markdown.js';
import { publish } from '../shared.js';

const SHORT = 20_000;
const LONG = 200_000;
const params = new URLSearchParams(location.search);
const SHORT_RUNS = Number(params.get('runs') ?? 7);
const LONG_RUNS = Math.max(1, Math.ceil(SHORT_RUNS / 3));

function renderTime(markdown: string): number {
  const started = performance.now();
  const fragment = renderMarkdown(markdown);
  const elapsed = performance.now() - started;
  if (!fragment.firstChild && markdown.trim()) throw new Error('the renderer returned nothing');
  return elapsed;
}

function excerptTime(markdown: string): number {
  const started = performance.now();
  markdownToPlainText(markdown);
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nodes the renderer made, to show that the output stays bounded. */
function nodeCount(fragment: Node): number {
  const walker = document.createTreeWalker(fragment);
  let count = 0;
  while (walker.nextNode()) count++;
  return count;
}

/**
 * The floor: building the same nodes with `createElement` and `createTextNode` from a plain
 * description of them, with no Markdown to read. What a renderer cannot go below.
 */
type Plan = string | { tag: string; attributes: [string, string][]; children: Plan[] };

function planOf(node: Node): Plan[] {
  return Array.from(node.childNodes, (child): Plan => {
    if (!(child instanceof Element)) return child.textContent ?? '';
    return { tag: child.localName, attributes: child.getAttributeNames().map((name) => [name, child.getAttribute(name)!]), children: planOf(child) };
  });
}

function build(parent: Node, plans: Plan[]): void {
  for (const plan of plans) {
    if (typeof plan === 'string') parent.appendChild(document.createTextNode(plan));
    else {
      const element = document.createElement(plan.tag);
      for (const [name, value] of plan.attributes) element.setAttribute(name, value);
      build(element, plan.children);
      parent.appendChild(element);
    }
  }
}

function floorTime(plans: Plan[]): number {
  const started = performance.now();
  build(document.createDocumentFragment(), plans);
  return performance.now() - started;
}

function measure(make: (length: number) => string): Record<string, number> {
  const short = make(SHORT);
  const long = make(LONG);
  // One unmeasured run lets the engine compile the hot paths first.
  renderTime(short);
  const shortTimes = Array.from({ length: SHORT_RUNS }, () => renderTime(short));
  const longTimes = Array.from({ length: LONG_RUNS }, () => renderTime(long));
  const rendered = renderMarkdown(short);
  const plans = planOf(rendered);
  floorTime(plans);
  const floor = median(Array.from({ length: SHORT_RUNS }, () => floorTime(plans)));
  excerptTime(short);
  const excerpt = median(Array.from({ length: SHORT_RUNS }, () => excerptTime(short)));
  const excerptLong = median(Array.from({ length: LONG_RUNS }, () => excerptTime(long)));
  return { short: median(shortTimes), long: median(longTimes), floor, nodes: nodeCount(rendered), excerpt, excerptLong, length: short.length };
}

publish(
  (async () => {
    const figures: Record<string, number> = {};
    const shapes = [{ name: 'prose', make: prose }, ...PATHOLOGICAL_SHAPES];
    for (const [index, shape] of shapes.entries()) {
      for (const [key, value] of Object.entries(measure(shape.make))) figures[`${index}:${key}`] = value;
      // Let the page breathe between shapes, so one shape's garbage is not the next one's cost.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return figures;
  })(),
);
