/**
 * Every payload of the public XSS corpora (test/fixtures/xss, see test/rich-text/xss-corpus.ts), as
 * an announcement's title and description, through every element that shows announcement
 * text: the banner (title and excerpt), the home list (title and excerpt), the sidebar
 * (heading and description, in all three body formats) and the firm's editor (list rows, and
 * the description's preview). Nothing may run, and nothing that could run or load something
 * may appear anywhere in the elements' shadow trees.
 */
import { aTimeout, expect, html } from '@open-wc/testing';
import { resetAnnouncementsConfig } from '../../src/configure.js';
import '../../src/elements/announcement-banner/announcement-banner.js';
import type { AnnouncementBanner } from '../../src/elements/announcement-banner/announcement-banner.js';
import '../../src/elements/announcement-list/announcement-list.js';
import type { AnnouncementList } from '../../src/elements/announcement-list/announcement-list.js';
import '../../src/elements/announcement-sidebar/announcement-sidebar.js';
import type { AnnouncementSidebar } from '../../src/elements/announcement-sidebar/announcement-sidebar.js';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import { excerptText } from '../../src/internal/rich-text/excerpt.js';
import type { DescriptionFormat } from '../../src/internal/rich-text/render-options.js';
import type { Announcement, AnnouncementInput } from '../../src/model/announcement.js';
import { freshIdentity } from '../helpers/announcements.js';
import { part, parts, removeSidebars } from '../helpers/dom.js';
import { mount } from '../helpers/mount.js';
import { settled } from '../helpers/settle.js';
import { $$, editorFixture, inPanel, panelOf, panelOpen } from '../elements/editor/editor-fixture.js';
import { ExecutionWatch } from '../rich-text/execution-watch.js';
import { findUnsafeMarkup } from '../rich-text/unsafe-markup.js';
import { loadXssCorpus, type XssPayload } from '../rich-text/xss-corpus.js';
import { announcementsFromCorpus, BLANK_PAYLOAD_TITLE, batchName, inBatches, storeBatch, type PayloadAnnouncementInput, type StoredBatch } from './element-corpus.js';
import { findUnsafeShadowMarkup, unexpectedChildren } from './shadow-markup.js';

/** After a batch: time for image errors, autofocus and short animations to fire handlers. */
const SETTLE_MS = 150;
const ELLIPSIS = '\u2026';

/** A macrotask turn, without the 4 ms clamp nested timers get. */
const turns = new MessageChannel();
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    turns.port1.onmessage = () => resolve();
    turns.port2.postMessage(null);
  });
}

/** Waits, turn by turn rather than polling on a timer, until `condition` holds after a render. */
async function renderedWhen(condition: () => unknown, element: { updateComplete: Promise<unknown> }, what: string): Promise<void> {
  const deadline = performance.now() + 5000;
  await element.updateComplete;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await nextTask();
    await element.updateComplete;
  }
}

/** Whether `container` shows something: an element or text, not only Lit's markers and blanks. */
function hasRenderedNodes(container: Element): boolean {
  return [...container.childNodes].some(
    (node) => node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''),
  );
}

/** Problems found, each prefixed with the payload it came from. */
class Findings {
  readonly problems: string[] = [];

  add(label: string | undefined, problems: readonly string[]): void {
    for (const problem of problems) this.problems.push(`${label ?? '?'}: ${problem}`);
  }

  expectNone(what: string): void {
    expect(this.problems.slice(0, 20), `${this.problems.length} problem(s) in ${what}`).to.deep.equal([]);
  }
}

/** The settle wait, then: nothing ran (spies) and no policy complained. */
async function expectNothingRan(watch: ExecutionWatch, what: string): Promise<void> {
  await aTimeout(SETTLE_MS);
  expect(watch.calls, `script ran while showing ${what}`).to.deep.equal([]);
  expect(watch.violations, `CSP violations while showing ${what}`).to.deep.equal([]);
}

/**
 * The excerpt is plain text: no element inside, and its text (less a final ellipsis) is the
 * start of the description's readable text as excerpts read it (paragraphs first, headings
 * left out, blocks ended as sentences), so nothing in the payload changed what is shown.
 */
function checkExcerpt(findings: Findings, label: string | undefined, excerptElement: Element | null, body: string): void {
  const full = excerptText(body);
  if (!excerptElement) {
    if (full !== '') findings.add(label, ['no excerpt shown for a description with text']);
    return;
  }
  findings.add(label, unexpectedChildren(excerptElement));
  const shown = (excerptElement.textContent ?? '').replace(new RegExp(`${ELLIPSIS}$`), '');
  if (!full.startsWith(shown)) findings.add(label, [`excerpt "${shown.slice(0, 60)}" is not the start of the description's text`]);
}

/** A title bound as text: the title string itself, and at most the visually hidden severity label. */
function checkTitle(findings: Findings, label: string | undefined, titleElement: Element | null, title: string): void {
  if (!titleElement) {
    findings.add(label, ['no title shown']);
    return;
  }
  const severityLabel = (child: Element) => child.localName === 'span' && child.classList.contains('visually-hidden') && child.childElementCount === 0;
  findings.add(label, unexpectedChildren(titleElement, severityLabel));
  if (!(titleElement.textContent ?? '').includes(title)) findings.add(label, [`title "${title.slice(0, 60)}" not shown as text`]);
}

/** Ordinary descriptions shown beside each sidebar batch, with what must come out of them. */
const CONTROLS: Record<DescriptionFormat, { body: string; check(description: Element): string[] }> = {
  markdown: {
    body: 'Some **bold** text and a [link](https://example.com/faq).',
    check: (description) => formattingProblems(description),
  },
  html: {
    body: '<p>Some <strong>bold</strong> text and a <a href="https://example.com/faq">link</a>.</p>',
    check: (description) => formattingProblems(description),
  },
  text: {
    body: 'Some **bold** text\n\nand a [link](https://example.com/faq).',
    check: (description) => {
      const paragraphs = description.querySelectorAll('p');
      return paragraphs.length === 2 && paragraphs[0].textContent === 'Some **bold** text' && !description.querySelector('strong, a')
        ? []
        : [`plain text was not shown as two literal paragraphs: ${description.textContent}`];
    },
  },
};

function formattingProblems(description: Element): string[] {
  const problems: string[] = [];
  if (description.querySelector('p strong')?.textContent !== 'bold') problems.push('no bold text');
  const link = description.querySelector('a');
  if (link?.getAttribute('href') !== 'https://example.com/faq') problems.push(`no link (found ${link?.getAttribute('href')})`);
  if (link?.getAttribute('rel') !== 'noopener noreferrer') problems.push(`the link has rel="${link?.getAttribute('rel')}"`);
  if (link?.textContent !== 'link') problems.push('the link lost its text');
  return problems;
}

describe('elements against public XSS corpora', () => {
  let corpus: XssPayload[] = [];
  let batches: PayloadAnnouncementInput[][] = [];
  let watch: ExecutionWatch;

  before(async function () {
    this.timeout(30000);
    corpus = await loadXssCorpus();
    batches = inBatches(announcementsFromCorpus(corpus));
  });

  beforeEach(() => {
    watch = new ExecutionWatch();
    watch.start();
  });

  afterEach(() => {
    watch.stop();
    removeSidebars();
    resetAnnouncementsConfig();
  });

  /** Each batch in its own adapter, with its name for failure messages. */
  async function* storedBatches(extra: (index: number) => AnnouncementInput[] = () => []): AsyncGenerator<StoredBatch> {
    for (const [index, batch] of batches.entries()) yield storeBatch(batch, batchName(batch, index), extra(index));
  }

  it('has every payload of the corpora, whole, as a description and in title pieces', () => {
    expect(corpus.length).to.be.above(800);
    const inputs = batches.flat();
    const withoutSpace = (text: string) => text.replace(/\s+/g, '');
    corpus.forEach(({ label, payload }, index) => {
      const own = inputs.filter(({ payloadIndex }) => payloadIndex === index);
      expect(own.filter(({ input }) => input.body === payload), `${label} as a description`).to.have.length(1);
      const titles = own.map(({ input }) => input.title).join('');
      expect(withoutSpace(titles), `${label} in titles`).to.equal(payload.trim() === '' ? withoutSpace(BLANK_PAYLOAD_TITLE) : withoutSpace(payload));
    });
  });

  it('notices what it looks for: a handler that runs, and unsafe markup in a nested shadow root', async () => {
    const host = document.createElement('div');
    const inner = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(inner);
    const image = document.createElement('img');
    image.setAttribute('onerror', "alert('planted')");
    // Undecodable, so its error handler fires without a network request.
    image.setAttribute('src', 'data:image/png;base64,AA==');
    const link = document.createElement('a');
    link.setAttribute('href', ' java\tscript:alert(1)');
    const styled = document.createElement('p');
    styled.setAttribute('style', 'color: red');
    const title = document.createElement('p');
    title.append('A title', document.createElement('b'));
    inner.attachShadow({ mode: 'open' }).append(image, link, styled, title);
    document.body.append(host);
    try {
      await aTimeout(SETTLE_MS * 2);
      expect(watch.calls).to.deep.equal(['alert(planted)']);
      const problems = findUnsafeShadowMarkup(host).join('\n');
      expect(problems).to.contain('<img> in div: forbidden element');
      expect(problems).to.contain('onerror="alert(\'planted\')": event handler');
      expect(problems).to.contain('<a> in div href=" java\tscript:alert(1)": dangerous URL');
      expect(problems).to.contain('style="color: red": inline style');
      expect(unexpectedChildren(title)).to.deep.equal(['<b> inside <p part="">']);
    } finally {
      host.remove();
      watch.calls.length = 0;
    }
  });

  it('<announcement-banner> shows every payload as title and excerpt text, paging with Next', async function () {
    this.timeout(60000);
    for await (const stored of storedBatches()) {
      const findings = new Findings();
      const identity = freshIdentity();
      const banner = await mount<AnnouncementBanner>(
        html`<announcement-banner lang="en" .adapter=${stored.adapter} session=${identity.session} user=${identity.user}></announcement-banner>`,
      );
      await settled(banner, stored.adapter, identity);
      const total = stored.announcements.length;
      expect(banner.queue, `the banner's queue of ${stored.name}`).to.have.length(total);
      const seen = new Set<string>();
      for (let step = 0; step < total; step++) {
        if (step > 0) {
          part(banner, 'next-button')!.click();
          await banner.updateComplete;
        }
        expect(part(banner, 'base'), `the banner region in ${stored.name}`).to.exist;
        const position = /(\d+) of (\d+)/.exec(part(banner, 'position')?.textContent ?? '');
        expect(position && Number(position[2]), `the pager in ${stored.name}`).to.equal(total);
        const shown: Announcement = banner.queue[Number(position![1]) - 1];
        const label = stored.labels.get(shown.id);
        seen.add(shown.id);
        checkTitle(findings, label, part(banner, 'title'), shown.title);
        checkExcerpt(findings, label, part(banner, 'excerpt'), shown.body);
        findings.add(label, findUnsafeShadowMarkup(banner));
      }
      expect(seen.size, `announcements of ${stored.name} the banner showed`).to.equal(total);
      findings.expectNone(stored.name);
      await expectNothingRan(watch, stored.name);
      banner.remove();
    }
  });

  it('<announcement-list> shows every payload as title and excerpt text', async function () {
    this.timeout(60000);
    for await (const stored of storedBatches()) {
      const findings = new Findings();
      const identity = freshIdentity();
      const list = await mount<AnnouncementList>(
        html`<announcement-list lang="en" .adapter=${stored.adapter} session=${identity.session} user=${identity.user}></announcement-list>`,
      );
      await settled(list, stored.adapter, identity);
      const items = parts(list, 'item');
      const announcements = list.announcements;
      expect(items, `items of ${stored.name}`).to.have.length(stored.announcements.length);
      items.forEach((item, index) => {
        const announcement = announcements[index];
        const label = stored.labels.get(announcement.id);
        checkTitle(findings, label, item.querySelector('[part~="item-title"]'), announcement.title);
        checkExcerpt(findings, label, item.querySelector('[part~="excerpt"]'), announcement.body);
      });
      findings.add(stored.name, findUnsafeShadowMarkup(list));
      findings.expectNone(stored.name);
      await expectNothingRan(watch, stored.name);
      list.remove();
    }
  });

  for (const format of ['markdown', 'html', 'text'] as const) {
    it(`<announcement-sidebar body-format="${format}"> shows every payload as heading and description, opened with show(id)`, async function () {
      this.timeout(90000);
      const control = { title: `Control (${format})`, body: CONTROLS[format].body };
      for await (const stored of storedBatches(() => [control])) {
        const findings = new Findings();
        const identity = freshIdentity();
        const sidebar = await mount<AnnouncementSidebar>(
          html`<announcement-sidebar lang="en" body-format=${format} .adapter=${stored.adapter} session=${identity.session} user=${identity.user}></announcement-sidebar>`,
        );
        for (const announcement of stored.announcements) {
          const label = stored.labels.get(announcement.id);
          await sidebar.show(announcement.id);
          await renderedWhen(
            () => part(sidebar, 'description') && !part(sidebar, 'description')!.querySelector('.loading'),
            sidebar,
            `the description of ${label}`,
          );
          expect(sidebar.open && part<HTMLDialogElement>(sidebar, 'dialog')!.open, `the sidebar is open for ${label}`).to.be.true;
          const description = part(sidebar, 'description')!;
          checkTitle(findings, label, part(sidebar, 'title'), announcement.title);
          findings.add(label, findUnsafeMarkup(description));
          findings.add(label, findUnsafeShadowMarkup(sidebar));
          if (announcement.title === control.title) findings.add(label, CONTROLS[format].check(description));
        }
        findings.expectNone(`${stored.name} as ${format}`);
        await expectNothingRan(watch, `${stored.name} as ${format}`);
        sidebar.hide();
        expect(sidebar.open).to.be.false;
        sidebar.remove();
      }
    });
  }

  it('<announcement-editor> lists every payload title as text in its rows', async function () {
    this.timeout(60000);
    for await (const stored of storedBatches()) {
      const findings = new Findings();
      const editor = await editorFixture({ adapter: stored.adapter });
      await renderedWhen(() => $$(editor, '[part~="row"]').length === stored.announcements.length, editor, `the rows of ${stored.name}`);
      const announcements = editor.announcements;
      $$(editor, '[part~="row"]').forEach((row, index) => {
        const announcement = announcements[index];
        const label = stored.labels.get(announcement.id);
        const title = row.querySelector('[part~="row-title"]');
        checkTitle(findings, label, title, announcement.title);
        if (title?.textContent !== announcement.title) findings.add(label, ['the row title is not exactly the title']);
      });
      findings.add(stored.name, findUnsafeShadowMarkup(editor));
      findings.expectNone(stored.name);
      await expectNothingRan(watch, stored.name);
      editor.remove();
    }
  });

  it("<announcement-editor>'s Preview renders every payload typed into the description inertly", async function () {
    this.timeout(60000);
    const editor = await editorFixture({ adapter: new MemoryAdapter() });
    const panel = panelOf(editor);
    await editor.showCreateForm();
    expect(panelOpen(editor), 'the create panel opened').to.be.true;
    const title = inPanel<HTMLInputElement>(editor, '#title')!;
    title.value = 'Preview of untrusted text';
    title.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    for (const [index, batch] of batches.entries()) {
      const findings = new Findings();
      const name = batchName(batch, index);
      for (const { label, input } of batch) {
        if (!input.body) continue;
        inPanel(editor, '#tab-write')!.click();
        await panel.updateComplete;
        const textarea = inPanel<HTMLTextAreaElement>(editor, '#body')!;
        textarea.value = input.body;
        textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await panel.updateComplete;
        // The Write tab left the preview empty; it fills once the renderer has turned the new
        // text into nodes.
        const content = inPanel(editor, '#preview-content')!;
        expect(hasRenderedNodes(content), 'the Write tab emptied the preview').to.be.false;
        inPanel(editor, '#tab-preview')!.click();
        const rendered = await renderedWhen(() => hasRenderedNodes(content), panel, `the preview of ${label}`).then(
          () => true,
          () => false,
        );
        expect(inPanel(editor, '#panel-preview')!.hidden, 'the preview is shown').to.be.false;
        if (!rendered) findings.add(label, ['the preview is empty']);
        findings.add(label, findUnsafeMarkup(content));
        findings.add(label, findUnsafeShadowMarkup(panel));
      }
      findings.expectNone(`the preview of ${name}`);
      await expectNothingRan(watch, `the preview of ${name}`);
    }
    // Ordinary Markdown still comes out formatted.
    inPanel(editor, '#tab-write')!.click();
    await panel.updateComplete;
    const textarea = inPanel<HTMLTextAreaElement>(editor, '#body')!;
    textarea.value = CONTROLS.markdown.body;
    textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    inPanel(editor, '#tab-preview')!.click();
    await renderedWhen(() => inPanel(editor, '#preview-content strong'), panel, 'the preview of ordinary Markdown');
    expect(formattingProblems(inPanel(editor, '#preview-content')!)).to.deep.equal([]);
    panel.discardChanges();
    await renderedWhen(() => !panelOpen(editor), panel, 'the panel to close');
  });
});
