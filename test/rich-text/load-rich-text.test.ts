import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { loadHtmlRenderer, loadRichText, renderDescription } from '../../src/internal/rich-text/load-rich-text.js';
import type { RenderDescriptionOptions } from '../../src/internal/rich-text/render-options.js';
import { richText } from '../../src/internal/rich-text/rich-text-directive.js';
import { describeDom } from './describe-dom.js';

describe('renderDescription', () => {
  it('loads each renderer once and shares it', async () => {
    expect(loadRichText()).to.equal(loadRichText());
    expect(await loadRichText()).to.have.property('renderMarkdown');
    expect(loadHtmlRenderer()).to.equal(loadHtmlRenderer());
    expect(await loadHtmlRenderer()).to.have.property('renderSanitizedHtml');
  });

  it('renders Markdown by default', async () => {
    expect(describeDom(await renderDescription('**bold** [x](https://example.com/)', { linkTarget: 'news' }))).to.equal(
      '<p><strong>bold</strong> <a href="https://example.com/" rel="noopener noreferrer" target="news">x</a></p>',
    );
  });

  it('loads the rare character names a Markdown description uses before rendering it', async () => {
    const fragment = await renderDescription('&Dcaron; &HilbertSpace; &ngE; &bogus;');
    expect(fragment.textContent).to.equal('\u010e \u210b \u2267\u0338 &bogus;');
  });

  it('renders HTML through the sanitizer', async () => {
    expect(describeDom(await renderDescription('<p><b>bold</b><img src=x onerror=alert(1)></p>', { format: 'html' }))).to.equal(
      '<p><b>bold</b></p>',
    );
  });

  it('renders plain text as text', async () => {
    expect(describeDom(await renderDescription('**not bold**\n\n<b>x</b>', { format: 'text' }))).to.equal(
      '<p>**not bold**</p><p>&lt;b&gt;x&lt;/b&gt;</p>',
    );
  });

  it('returns a new fragment every time', async () => {
    const first = await renderDescription('a');
    const second = await renderDescription('a');
    expect(first).not.to.equal(second);
  });
});

describe('richText directive', () => {
  /** One template for every render, so that Lit updates the same directive instance. */
  const view = (body: string, options?: RenderDescriptionOptions) => html`<div>${richText(body, options)}</div>`;
  let container: HTMLElement;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => container.remove());

  it('renders nothing at first, then the description', async () => {
    render(view('Some **bold** text'), container);
    expect(container.querySelector('div')!.childElementCount).to.equal(0);
    await waitUntil(() => container.querySelector('strong'), 'the description never rendered');
    expect(container.querySelector('p')?.textContent).to.equal('Some bold text');
  });

  it('renders the latest description when the body changes', async () => {
    render(view('*first*'), container);
    render(view('<b>second</b>', { format: 'html' }), container);
    await waitUntil(() => container.querySelector('b'), 'the second description never rendered');
    await aTimeout(20);
    expect(container.querySelector('em')).to.equal(null);
    expect(container.textContent?.trim()).to.equal('second');
  });

  it('keeps the rendered nodes when rendered again with the same description', async () => {
    render(view('**same**'), container);
    await waitUntil(() => container.querySelector('strong'));
    const strong = container.querySelector('strong');
    render(view('**same**'), container);
    await aTimeout(20);
    expect(container.querySelector('strong')).to.equal(strong);
  });

  it('does not write into a part that Lit has removed', async () => {
    render(html`${richText('**gone**')}`, container);
    render(html`replaced`, container);
    await aTimeout(20);
    expect(container.textContent?.trim()).to.equal('replaced');
  });
});
