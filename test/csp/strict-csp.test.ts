import { expect } from '@open-wc/testing';
import { findUnsafeShadowMarkup } from '../security/shadow-markup.js';
import type { CspReport } from './csp-report.js';

const PAGE = '/test/csp/strict-csp.html';

/** Loads the strict-CSP page in an iframe and waits for the report it posts when done. */
async function loadStrictCspPage(): Promise<{ frame: HTMLIFrameElement; report: CspReport }> {
  const frame = document.createElement('iframe');
  const report = new Promise<CspReport>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${PAGE} sent no report (did its module fail to load?)`)), 50000);
    window.addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.source !== frame.contentWindow || (event.data as CspReport | undefined)?.type !== 'csp-report') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(event.data as CspReport);
    });
  });
  frame.src = PAGE;
  frame.title = 'Strict CSP test page';
  document.body.append(frame);
  return { frame, report: await report };
}

describe('under a strict Content-Security-Policy', () => {
  let frame: HTMLIFrameElement;
  let report: CspReport;

  before(async function () {
    this.timeout(60000);
    ({ frame, report } = await loadStrictCspPage());
  });

  after(() => frame?.remove());

  it('is served with the strict policy', async () => {
    const response = await fetch(PAGE);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("script-src 'self'");
    expect(policy).to.contain("style-src 'self'");
    expect(policy).to.contain("require-trusted-types-for 'script'");
    expect(policy).to.contain('trusted-types portal-announcements#html lit-html');
  });

  it('has no inline script, not even from the test server', () => {
    // The test server appends its own module script to every HTML page it serves; it is an
    // external same-origin file, which `script-src 'self'` allows.
    for (const script of Array.from(frame.contentDocument!.scripts)) {
      expect(script.src, 'an inline script').not.to.equal('');
      expect(new URL(script.src).origin).to.equal(location.origin);
    }
  });

  it('really enforces it', () => {
    expect(report.probe.styleAttributeReported, 'a style attribute was reported').to.be.true;
    // The elements render into shadow roots: a violation there must reach this page too.
    expect(report.probe.shadowStyleAttributeReported, 'a style attribute in a shadow root was reported').to.be.true;
    // Trusted Types exist in Chromium and in recent Firefox; where they exist, they are enforced.
    expect(report.probe.unknownPolicyRefused, 'an unlisted policy name was refused').not.to.equal(false);
  });

  it('renders every step without an error', () => {
    expect(report.steps.filter((step) => step.error)).to.deep.equal([]);
    expect(report.rendered).to.be.true;
  });

  it('causes no violation', () => {
    expect(report.violations).to.deep.equal([]);
  });

  it('renders the formatting of each format', () => {
    const page = frame.contentDocument!;
    const section = (name: string) => page.querySelector(`section[data-step="${name}"]`)!;

    const markdown = section('markdown');
    expect(markdown.querySelector('h2')?.textContent).to.equal('Office closed');
    expect(markdown.querySelector('p strong')?.textContent).to.equal('closed');
    expect(markdown.querySelector('p em')?.textContent).to.equal('Friday');
    expect(markdown.querySelector('a[href="https://example.com/calendar"]')?.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(markdown.querySelector('ul li ol li')?.textContent).to.equal('nested');
    expect(markdown.querySelector('blockquote p')?.textContent).to.equal('A quote');
    expect(markdown.querySelector('pre code')?.textContent).to.equal('block');
    expect(markdown.querySelector('img, [onerror], a[href^="javascript"]')).to.equal(null);

    const html = section('html');
    expect(html.querySelector('h2')?.textContent).to.equal('Office closed');
    expect(html.querySelector('p strong')?.textContent).to.equal('closed');
    expect(html.querySelector('a[href="https://example.com/calendar"]')?.getAttribute('target')).to.equal('_blank');
    expect(html.querySelector('img, script, [style], [onclick]')).to.equal(null);

    expect(section('text').querySelectorAll('p')).to.have.length(2);
    expect(section('rich-text-directive').querySelector('p strong')?.textContent).to.equal('closed');
  });

  describe('with every element', () => {
    const XSS_TITLE = '"><img src=x onerror=alert(1)><script>alert(1)</script>';
    const seen = (name: string) => report.steps.find((step) => step.name === name)?.seen ?? {};

    it('renders the banner, pages it, opens its Read more in a sidebar created then, and closes both', () => {
      expect(seen('banner')).to.deep.equal({
        region: 'section',
        firstTitle: 'Critical: Office closed',
        firstPosition: '1 of 3',
        secondTitle: `Warning: ${XSS_TITLE}`,
        secondTitleElements: 0,
        sidebarsBeforeReadMore: 0,
        sidebarsAfterReadMore: 1,
        sidebarModal: true,
        sidebarTitle: 'Office closed',
        sidebarBold: 'closed',
        sidebarLinkRel: 'noopener noreferrer',
        sidebarClosed: true,
        afterReadMore: `Warning: ${XSS_TITLE} (1 of 2)`,
        afterClose: 'Information: New tax deadline',
      });
    });

    it('shows HTML (sanitized) and plain-text descriptions in a sidebar opened with show(id) and closed with hide()', () => {
      expect(seen('sidebar')).to.deep.equal({
        htmlModal: true,
        htmlTitle: 'Legacy notice',
        htmlBold: 'closed',
        htmlLinkTarget: '_blank',
        untrustedModal: true,
        untrustedTitle: XSS_TITLE,
        untrustedBold: null,
        untrustedText: 'Hello x',
        untrustedElements: 'p',
        closedAfterHide: true,
        textModal: true,
        textTitle: 'Plain notice',
        textBold: null,
        textParagraphs: 2,
        closedAgain: true,
      });
    });

    it('renders the home list and opens an item in a sidebar of its own', () => {
      expect(seen('list')).to.deep.equal({
        items: 3,
        xssTitleAsText: true,
        newBadges: 3,
        sidebarCreated: true,
        sidebarModal: true,
        sidebarTitle: 'New tax deadline',
        sidebarBold: '31 March',
        sidebarClosed: true,
        newBadgesAfterOpening: 2,
      });
    });

    it('renders the editor: typing in the create panel, Preview, discarding, and a positioned delete confirmation', () => {
      const editor = seen('editor');
      expect(editor.titleCounter).to.match(/^23\b/);
      expect({ ...editor, titleCounter: undefined }).to.deep.equal({
        rows: 2,
        panelModal: true,
        panelHeading: 'Create announcement',
        typedTitle: 'Office closed on Friday',
        titleCounter: undefined,
        previewShown: true,
        previewBold: 'closed',
        previewLinkRel: 'noopener noreferrer',
        previewImages: 0,
        panelClosed: true,
        confirmationModal: true,
        confirmationPositioned: true,
        confirmationHeading: `Delete “${XSS_TITLE}”?`,
        confirmationClosed: true,
        stillStored: 2,
      });
    });

    it('leaves no untrusted markup that could run in any element', () => {
      const page = frame.contentDocument!;
      const hosts = Array.from(page.querySelectorAll('announcement-banner, announcement-list, announcement-sidebar, announcement-editor'));
      expect(hosts.map((host) => host.localName).sort()).to.deep.equal([
        'announcement-banner',
        'announcement-editor',
        'announcement-list',
        'announcement-sidebar',
        'announcement-sidebar',
        'announcement-sidebar',
      ]);
      for (const host of hosts) expect(findUnsafeShadowMarkup(host), host.localName).to.deep.equal([]);
    });
  });
});
