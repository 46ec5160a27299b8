import { expect } from '@open-wc/testing';
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
});
