/**
 * Runs in test/csp/strict-csp.html, which the test server sends with a strict
 * Content-Security-Policy (no inline script or style, Trusted Types required, only the
 * library's policy names allowed). It renders what the library ships, step by step, counts
 * `securitypolicyviolation` events, then reports to the framing page (strict-csp.test.ts).
 */
import { html, render } from 'lit';
import { renderDescription } from '../../src/internal/rich-text/load-rich-text.js';
import type { DescriptionFormat } from '../../src/internal/rich-text/render-options.js';
import { richText } from '../../src/internal/rich-text/rich-text-directive.js';
import { loadXssCorpus } from '../rich-text/xss-corpus.js';
import type { CspReport } from './csp-report.js';

/** Violation events arrive as tasks after the fact; this gives them time to. */
const SETTLE_MS = 300;

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
  violations.push(`${event.effectiveDirective}: ${event.blockedURI || event.sample || '(inline)'}${where}`);
});

const MARKDOWN = [
  '# Office closed',
  'Our office is **closed** on *Friday*. See [the calendar](https://example.com/calendar) or [the FAQ](/faq).',
  '- one\n- two\n  1. nested',
  '> A quote',
  'Inline `code` and a block:\n\n```\nblock\n```',
  '<img src=x onerror=alert(1)> [bad](javascript:alert(1))',
].join('\n\n');
const HTML =
  '<h2>Office closed</h2><p>Our office is <strong>closed</strong> on <em>Friday</em>. ' +
  'See <a href="https://example.com/calendar">the calendar</a>.</p><ul><li>one</li></ul>' +
  '<img src=x onerror=alert(1)><p style="color:red" onclick="alert(1)">styled</p><script>alert(1)</script>';
const TEXT = 'Office closed\n\nOur office is closed on Friday.';

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    if (condition()) return;
    await wait(20);
  }
  throw new Error(`timed out waiting for ${what}`);
}

interface Step {
  /** Also the `data-step` of the section the step renders into, for the test to inspect. */
  name: string;
  run(section: HTMLElement): Promise<void>;
}

/**
 * Everything the page renders, in order. To cover an element, add a step that creates it in
 * `section` and waits until it has rendered (e.g. `await element.updateComplete`).
 * The elements to add as they are written: <announcement-banner>, <announcement-sidebar>,
 * <announcement-list>, <announcement-editor>; then assert on their sections in
 * strict-csp.test.ts.
 */
const STEPS: Step[] = [
  { name: 'markdown', run: async (section) => section.append(await renderDescription(MARKDOWN)) },
  { name: 'html', run: async (section) => section.append(await renderDescription(HTML, { format: 'html' })) },
  { name: 'text', run: async (section) => section.append(await renderDescription(TEXT, { format: 'text' })) },
  {
    name: 'rich-text-directive',
    run: async (section) => {
      render(html`${richText(MARKDOWN)}`, section);
      await waitFor(() => !!section.querySelector('strong'), 'the richText directive');
    },
  },
  {
    // Under this policy a payload that kept an event handler or a script would be reported
    // as a violation even though it could not run, so this also detects what slipped through.
    name: 'xss-corpus',
    run: async (section) => {
      const corpus = await loadXssCorpus();
      for (const format of ['markdown', 'html', 'text'] satisfies DescriptionFormat[]) {
        const fragments = await Promise.all(corpus.map(({ payload }) => renderDescription(payload, { format })));
        section.replaceChildren(...fragments);
        await wait(SETTLE_MS);
      }
      section.replaceChildren();
    },
  },
  // Add the elements' steps here.
];

/**
 * Breaks the policy on purpose, after the steps, to prove that it is enforced at all: a
 * style attribute must be reported, and a policy name not on the list must be refused.
 */
async function probeEnforcement(): Promise<CspReport['probe']> {
  const before = violations.length;
  const probe = document.createElement('span');
  probe.setAttribute('style', 'color: red');
  document.body.append(probe);
  let unknownPolicyRefused: boolean | 'no-trusted-types' = 'no-trusted-types';
  const trustedTypes = (window as { trustedTypes?: { createPolicy(name: string, rules: object): unknown } }).trustedTypes;
  if (trustedTypes) {
    try {
      trustedTypes.createPolicy('csp-probe', {});
      unknownPolicyRefused = false;
    } catch {
      unknownPolicyRefused = true;
    }
  }
  await wait(SETTLE_MS);
  probe.remove();
  const reported = violations.slice(before);
  violations.length = before;
  return { styleAttributeReported: reported.some((violation) => violation.startsWith('style-src')), unknownPolicyRefused };
}

async function runSteps(): Promise<void> {
  const stage = document.getElementById('stage')!;
  const steps: CspReport['steps'] = [];
  for (const step of STEPS) {
    const section = document.createElement('section');
    section.dataset.step = step.name;
    stage.append(section);
    try {
      await step.run(section);
      steps.push({ name: step.name });
    } catch (error) {
      steps.push({ name: step.name, error: String(error) });
    }
  }
  await wait(SETTLE_MS);
  const report: CspReport = {
    type: 'csp-report',
    rendered: steps.every((step) => !step.error),
    steps,
    violations: [...violations],
    probe: await probeEnforcement(),
  };
  window.parent.postMessage(report, location.origin);
}

void runSteps();
