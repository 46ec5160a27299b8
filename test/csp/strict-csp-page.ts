/**
 * Runs in test/csp/strict-csp.html, which the test server sends with a strict
 * Content-Security-Policy (no inline script or style, Trusted Types required, only the
 * library's policy names allowed). It renders what the library ships, step by step, counts
 * `securitypolicyviolation` events, then reports to the framing page (strict-csp.test.ts).
 */
import { html, render } from 'lit';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import '../../src/elements/announcement-banner/announcement-banner.js';
import type { AnnouncementBanner } from '../../src/elements/announcement-banner/announcement-banner.js';
import '../../src/elements/announcement-editor/announcement-editor.js';
import type { AnnouncementEditor } from '../../src/elements/announcement-editor/announcement-editor.js';
import '../../src/elements/announcement-list/announcement-list.js';
import type { AnnouncementList } from '../../src/elements/announcement-list/announcement-list.js';
import type { AnnouncementSidebar } from '../../src/elements/announcement-sidebar/announcement-sidebar.js';
import { renderDescription } from '../../src/internal/rich-text/load-rich-text.js';
import type { DescriptionFormat } from '../../src/internal/rich-text/render-options.js';
import { richText } from '../../src/internal/rich-text/rich-text-directive.js';
import { loadXssCorpus } from '../rich-text/xss-corpus.js';
import type { CspReport, StepObservations } from './csp-report.js';

/** Violation events arrive as tasks after the fact; this gives them time to. */
const SETTLE_MS = 300;

const violations: string[] = [];
/** The step running, named in each violation so that a failure says where to look. */
let currentStep = '(no step)';
document.addEventListener('securitypolicyviolation', (event) => {
  const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
  violations.push(`[${currentStep}] ${event.effectiveDirective}: ${event.blockedURI || event.sample || '(inline)'}${where}`);
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

async function waitFor(condition: () => unknown, what: string): Promise<void> {
  for (let tries = 0; tries < 250; tries++) {
    if (condition()) return;
    await wait(20);
  }
  throw new Error(`timed out waiting for ${what}`);
}

interface Step {
  /** Also the `data-step` of the section the step renders into, for the test to inspect. */
  name: string;
  /** Renders into `section`; records in `seen` what it saw on the way, for the test to check. */
  run(section: HTMLElement, seen: StepObservations): Promise<void>;
}

/** Untrusted text of the kind the XSS corpora hold: under this policy, anything of it that ran or kept a handler would be reported. */
const XSS_TITLE = '"><img src=x onerror=alert(1)><script>alert(1)</script>';
const XSS_MARKDOWN = [
  '<svg onload=alert(1)> <p style="color:red" onclick="alert(1)">styled</p>',
  '[click](javascript:alert(1)) ![x](x" onerror="alert(1))',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe><style>@import "x.css";</style>',
].join('\n\n');
const XSS_HTML = '<p>Hello <img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a><svg><animate onbegin=alert(1) attributeName=x dur=1s></svg></p>';

/** A user and login session of their own for each step, so no step sees another's state. */
function identity(): { user: string; session: string } {
  return { user: `csp-user-${crypto.randomUUID()}`, session: `csp-session-${crypto.randomUUID()}` };
}

/** One element of a shadow root. */
function inShadow<T extends Element = HTMLElement>(host: Element, selector: string): T | null {
  return host.shadowRoot?.querySelector<T>(selector) ?? null;
}

/** The sidebars on the page: the banner and the list create theirs at the end of <body>. */
function pageSidebars(): AnnouncementSidebar[] {
  return Array.from(document.querySelectorAll('announcement-sidebar'));
}

async function openPageSidebar(what: string): Promise<AnnouncementSidebar> {
  await waitFor(() => pageSidebars().some((sidebar) => sidebar.open), what);
  return pageSidebars().find((sidebar) => sidebar.open)!;
}

/** What an open sidebar shows, once its description has rendered. */
async function observeSidebar(sidebar: AnnouncementSidebar, seen: StepObservations, prefix: string): Promise<HTMLElement> {
  await waitFor(() => inShadow(sidebar, '[part="description"]') && !inShadow(sidebar, '[part="description"] .loading'), `the ${prefix} description`);
  const dialog = inShadow<HTMLDialogElement>(sidebar, 'dialog')!;
  const description = inShadow(sidebar, '[part="description"]')!;
  seen[`${prefix}Modal`] = dialog.open && dialog.matches(':modal');
  seen[`${prefix}Title`] = inShadow(sidebar, '[part="title"]')!.textContent;
  seen[`${prefix}Bold`] = description.querySelector('strong')?.textContent ?? null;
  return description;
}

/** Types as the keyboard would (an `insertText` edit, with its input event); sets the value where that is refused. */
function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.focus();
  field.select();
  if (document.execCommand('insertText', false, text) && field.value === text) return;
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}

/** Three announcements, most urgent first: Markdown, untrusted text, and a short one. */
async function clientAdapter(): Promise<{ adapter: MemoryAdapter; ids: string[] }> {
  const adapter = new MemoryAdapter();
  const created = [
    await adapter.create({ title: 'Office closed', body: MARKDOWN, severity: 'critical' }),
    await adapter.create({ title: XSS_TITLE, body: XSS_MARKDOWN, severity: 'warning' }),
    await adapter.create({ title: 'New tax deadline', body: 'File by **31 March**. [Details](https://example.com/tax)', severity: 'info' }),
  ];
  return { adapter, ids: created.map((announcement) => announcement.id) };
}

/**
 * The banner: pages with Next and Previous, opens the full message with Read more (the
 * sidebar's code is imported and the sidebar created only now), closes the sidebar, then
 * closes the announcement shown next.
 */
async function bannerStep(section: HTMLElement, seen: StepObservations): Promise<void> {
  const { adapter } = await clientAdapter();
  const { user, session } = identity();
  const banner = document.createElement('announcement-banner') as AnnouncementBanner;
  Object.assign(banner, { adapter, user, session });
  section.append(banner);
  await waitFor(() => inShadow(banner, '[part="base"]'), 'the banner region');
  const title = () => inShadow(banner, '[part="title"]')!.textContent!.replace(/\s+/g, ' ').trim();
  const position = () => inShadow(banner, '[part="position"]')?.textContent?.trim() ?? null;
  seen.region = inShadow(banner, '[part="base"]')!.localName;
  seen.firstTitle = title();
  seen.firstPosition = position();

  inShadow(banner, '[part="next-button"]')!.click();
  await waitFor(() => position() === '2 of 3', 'the second announcement');
  seen.secondTitle = title();
  seen.secondTitleElements = inShadow(banner, '[part="title"]')!.querySelectorAll(':not(.visually-hidden)').length;
  inShadow(banner, '[part="previous-button"]')!.click();
  await waitFor(() => position() === '1 of 3', 'the first announcement again');

  seen.sidebarsBeforeReadMore = pageSidebars().length;
  inShadow(banner, '[part="read-more-button"]')!.click();
  const sidebar = await openPageSidebar('the sidebar opened by Read more');
  seen.sidebarsAfterReadMore = pageSidebars().length;
  const description = await observeSidebar(sidebar, seen, 'sidebar');
  seen.sidebarLinkRel = description.querySelector('a[href="https://example.com/calendar"]')?.getAttribute('rel') ?? null;
  inShadow(sidebar, '[part="close-button"]')!.click();
  await waitFor(() => !sidebar.open, 'the sidebar to close');
  seen.sidebarClosed = !inShadow<HTMLDialogElement>(sidebar, 'dialog')!.open;

  await waitFor(() => position() === '1 of 2', 'the banner after Read more');
  seen.afterReadMore = `${title()} (${position()})`;
  inShadow(banner, '[part="close-button"]')!.click();
  await waitFor(() => banner.queue.length === 1 && !inShadow(banner, '[part="pager"]'), 'the banner after Close');
  seen.afterClose = title();
}

/** A host's own sidebar in the two other formats: legacy HTML (sanitized, with our Trusted Types policy) and plain text. */
async function sidebarStep(section: HTMLElement, seen: StepObservations): Promise<void> {
  await import('../../src/elements/announcement-sidebar/announcement-sidebar.js');
  const adapter = new MemoryAdapter();
  const legacy = await adapter.create({ title: 'Legacy notice', body: HTML });
  const untrusted = await adapter.create({ title: XSS_TITLE, body: XSS_HTML });
  const plain = await adapter.create({ title: 'Plain notice', body: TEXT });
  const sidebar = document.createElement('announcement-sidebar');
  Object.assign(sidebar, { adapter, ...identity(), bodyFormat: 'html' });
  section.append(sidebar);

  await sidebar.show(legacy.id);
  const description = await observeSidebar(sidebar, seen, 'html');
  seen.htmlLinkTarget = description.querySelector('a')?.getAttribute('target') ?? null;

  await sidebar.show(untrusted.id);
  const untrustedDescription = await observeSidebar(sidebar, seen, 'untrusted');
  seen.untrustedText = untrustedDescription.textContent!.trim();
  seen.untrustedElements = Array.from(untrustedDescription.querySelectorAll('*'), (element) => element.localName).join(' ');

  sidebar.hide();
  seen.closedAfterHide = !sidebar.open && !inShadow<HTMLDialogElement>(sidebar, 'dialog')!.open;

  sidebar.bodyFormat = 'text';
  await sidebar.show(plain.id);
  const textDescription = await observeSidebar(sidebar, seen, 'text');
  seen.textParagraphs = textDescription.querySelectorAll('p').length;
  sidebar.hide();
  seen.closedAgain = !sidebar.open;
}

/** The home list; activating an item opens it in a sidebar the list creates. */
async function listStep(section: HTMLElement, seen: StepObservations): Promise<void> {
  const { adapter } = await clientAdapter();
  const list = document.createElement('announcement-list') as AnnouncementList;
  Object.assign(list, { adapter, ...identity() });
  section.append(list);
  await waitFor(() => list.shadowRoot?.querySelectorAll('[part="item"]').length === 3, 'the list items');
  const titles = Array.from(list.shadowRoot!.querySelectorAll('[part="item-title"]'), (title) => title.textContent);
  seen.items = titles.length;
  seen.xssTitleAsText = titles.includes(XSS_TITLE);
  seen.newBadges = list.shadowRoot!.querySelectorAll('[part="new-badge"]').length;

  const sidebarsBefore = pageSidebars().length;
  // Created in the same millisecond, the three have no fixed order: pick one by its title.
  const buttons = Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('[part="item-button"]'));
  buttons.find((button) => button.querySelector('[part="item-title"]')?.textContent === 'New tax deadline')!.click();
  const sidebar = await openPageSidebar('the sidebar opened from the list');
  seen.sidebarCreated = pageSidebars().length === sidebarsBefore + 1;
  await observeSidebar(sidebar, seen, 'sidebar');
  sidebar.hide();
  seen.sidebarClosed = !sidebar.open;
  const badges = () => list.shadowRoot!.querySelectorAll('[part="new-badge"]').length;
  await waitFor(() => badges() < 3, 'the "New" marker to clear');
  seen.newBadgesAfterOpening = badges();
}

/**
 * The firm's editor: the create panel with text typed and a toolbar button, the Preview of
 * the description, closing with "Discard changes", and a delete confirmation that Floating UI
 * positions (through the CSSOM), cancelled.
 */
async function editorStep(section: HTMLElement, seen: StepObservations): Promise<void> {
  const adapter = new MemoryAdapter();
  await adapter.create({ title: 'Office closed', body: MARKDOWN });
  const untrusted = await adapter.create({ title: XSS_TITLE, body: XSS_MARKDOWN });
  const editor = document.createElement('announcement-editor') as AnnouncementEditor;
  Object.assign(editor, { adapter, user: identity().user, timeZone: 'UTC' });
  section.append(editor);
  await waitFor(() => editor.shadowRoot?.querySelectorAll('[part="row"]').length === 2, 'the editor rows');
  seen.rows = 2;

  inShadow(editor, '#create')!.click();
  const panel = inShadow(editor, 'announcement-editor-panel')!;
  const inPanel = <T extends HTMLElement = HTMLElement>(selector: string) => inShadow<T>(panel, selector);
  await waitFor(() => inPanel<HTMLDialogElement>('dialog')?.open, 'the create panel');
  seen.panelModal = inPanel<HTMLDialogElement>('dialog')!.matches(':modal');
  seen.panelHeading = inPanel('#panel-heading')!.textContent;

  typeInto(inPanel<HTMLInputElement>('#title')!, 'Office closed on Friday');
  const body = inPanel<HTMLTextAreaElement>('#body')!;
  typeInto(body, 'We are closed on Friday. See [the calendar](https://example.com/calendar).\n\n<img src=x onerror=alert(1)>');
  body.setSelectionRange(7, 13);
  inPanel('[part="toolbar-button"]')!.click();
  await waitFor(() => body.value.startsWith('We are **closed**'), 'the Bold button');
  seen.typedTitle = inPanel<HTMLInputElement>('#title')!.value;
  seen.titleCounter = inPanel('#title-count')!.textContent!.trim();

  inPanel('#tab-preview')!.click();
  await waitFor(() => inPanel('#preview-content strong'), 'the preview');
  const preview = inPanel('#preview-content')!;
  seen.previewShown = !inPanel('#panel-preview')!.hidden;
  seen.previewBold = preview.querySelector('strong')!.textContent;
  seen.previewLinkRel = preview.querySelector('a')?.getAttribute('rel') ?? null;
  seen.previewImages = preview.querySelectorAll('img').length;

  inPanel('#cancel')!.click();
  await waitFor(() => inPanel('#discard'), 'the "Discard changes?" question');
  inPanel('#discard')!.click();
  await waitFor(() => !inPanel<HTMLDialogElement>('dialog')!.open, 'the panel to close');
  seen.panelClosed = true;

  inShadow(editor, `[data-delete="${CSS.escape(untrusted.id)}"]`)!.click();
  const confirmation = inShadow(editor, 'announcement-delete-confirmation')!;
  const dialog = () => inShadow<HTMLDialogElement>(confirmation, 'dialog')!;
  await waitFor(() => dialog().open && dialog().style.top !== '', 'the positioned delete confirmation');
  seen.confirmationModal = dialog().matches(':modal');
  seen.confirmationPositioned = /^-?\d+(\.\d+)?px$/.test(dialog().style.left) && /^-?\d+(\.\d+)?px$/.test(dialog().style.top);
  seen.confirmationHeading = inShadow(confirmation, '#confirm-heading')!.textContent;
  inShadow(confirmation, '#cancel')!.click();
  await waitFor(() => !dialog().open, 'the confirmation to close');
  seen.confirmationClosed = true;
  seen.stillStored = (await adapter.list()).length;
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
  { name: 'banner', run: bannerStep },
  { name: 'sidebar', run: sidebarStep },
  { name: 'list', run: listStep },
  { name: 'editor', run: editorStep },
];

/**
 * Breaks the policy on purpose, after the steps, to prove that it is enforced at all and that
 * this page hears it: a style attribute must be reported, also one in a Lit template rendered
 * into a shadow root (where the elements render), and a policy name not on the list must be
 * refused.
 */
async function probeEnforcement(): Promise<CspReport['probe']> {
  const before = violations.length;
  currentStep = 'probe: style attribute';
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
  currentStep = 'probe: style attribute in a shadow root';
  const host = document.createElement('div');
  document.body.append(host);
  render(html`<span style="color: blue">probe</span>`, host.attachShadow({ mode: 'open' }));
  await wait(SETTLE_MS);
  probe.remove();
  host.remove();
  const reported = violations.slice(before);
  violations.length = before;
  const reportedIn = (phase: string) => reported.some((violation) => violation.startsWith(`[${phase}] style-src`));
  return {
    styleAttributeReported: reportedIn('probe: style attribute'),
    shadowStyleAttributeReported: reportedIn('probe: style attribute in a shadow root'),
    unknownPolicyRefused,
  };
}

async function runSteps(): Promise<void> {
  const stage = document.getElementById('stage')!;
  const steps: CspReport['steps'] = [];
  for (const step of STEPS) {
    const section = document.createElement('section');
    section.dataset.step = step.name;
    stage.append(section);
    const seen: StepObservations = {};
    currentStep = step.name;
    try {
      await step.run(section, seen);
      steps.push({ name: step.name, seen });
    } catch (error) {
      steps.push({ name: step.name, error: String(error), seen });
    }
  }
  await wait(SETTLE_MS);
  currentStep = '(after the steps)';
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
