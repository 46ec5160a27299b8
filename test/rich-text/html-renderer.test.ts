import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { renderSanitizedHtml } from '../../src/internal/rich-text/html-renderer.js';
import { SANITIZER_POLICY_NAME, sanitizerTrustedTypesPolicy } from '../../src/internal/rich-text/sanitizer-trusted-types.js';
import { describeDom } from './describe-dom.js';

const markup = (html: string, linkTarget?: string) => describeDom(renderSanitizedHtml(html, { linkTarget }));

describe('renderSanitizedHtml', () => {
  it('keeps the allowed formatting', () => {
    const html =
      '<h2>Title</h2><p>Some <strong>strong</strong>, <b>bold</b>, <em>em</em>, <i>i</i>, <u>u</u> and <s>s</s><br>text.</p>' +
      '<ul><li>one</li><li>two<ol><li>nested</li></ol></li></ul><blockquote><p>quote</p></blockquote>' +
      '<pre><code>code</code></pre><hr><h6>small</h6>';
    expect(markup(html)).to.equal(html);
  });

  it('parses through its own Trusted Types policy, created once', () => {
    renderSanitizedHtml('<p>x</p>');
    const policy = sanitizerTrustedTypesPolicy();
    if (!('trustedTypes' in window)) {
      expect(policy).to.equal(null);
      return;
    }
    expect(policy?.name).to.equal(SANITIZER_POLICY_NAME);
    expect(sanitizerTrustedTypesPolicy()).to.equal(policy);
    // The policy exists for DOMPurify's parsing only; it makes no script URLs.
    expect(() => policy!.createScriptURL('https://example.com/x.js')).to.throw(TypeError);
  });

  it('returns nodes of this document, ready to insert', () => {
    const fragment = renderSanitizedHtml('<p>x</p>');
    expect(fragment.ownerDocument).to.equal(document);
  });

  it('applies the link policy to what the sanitizer lets through', () => {
    expect(markup('<a href="https://example.com/" target="_self" title="t" onclick="x()">out</a> <a href="/in">in</a>', 'news')).to.equal(
      `<a href="https://example.com/" rel="noopener noreferrer" target="news">out</a> <a href="${new URL('/in', document.baseURI).href}">in</a>`,
    );
    expect(markup('<a href="javascript:alert(1)">a</a><a href="jav&#x09;ascript:alert(1)">b</a><a href="tel:123">c</a><a>d</a>')).to.equal(
      'abcd',
    );
  });

  it('removes scripts, handlers, styles, media, forms, frames, SVG and MathML', () => {
    const fragment = renderSanitizedHtml(
      '<p style="color:red" class="x" id="y" data-x="1" aria-hidden="true" onclick="alert(1)">p</p>' +
        '<script>alert(1)</script><style>p{}</style><img src=x onerror="alert(1)"><iframe src="https://example.com"></iframe>' +
        '<form action="https://example.com"><input name="a"><button formaction="javascript:alert(1)">b</button></form>' +
        '<svg><script>alert(1)</script></svg><math><mi>x</mi></math><object data="x"></object><embed src="x">',
    );
    expect(describeDom(fragment)).to.equal('<p>p</p>b');
  });

  it('keeps the text of elements outside the allow-list', () => {
    expect(markup('<h1>Big</h1><div><span>inline</span></div><table><tr><td>cell</td></tr></table>')).to.equal('Biginlinecell');
  });

  it('is not loosened by a host page that configures the shared DOMPurify instance', () => {
    DOMPurify.setConfig({ ADD_TAGS: ['iframe'], ADD_ATTR: ['onclick'] });
    DOMPurify.addHook('afterSanitizeAttributes', (node) => node.setAttribute?.('data-hooked', ''));
    try {
      expect(markup('<p onclick="alert(1)">x</p><iframe></iframe>')).to.equal('<p>x</p>');
    } finally {
      DOMPurify.clearConfig();
      DOMPurify.removeAllHooks();
    }
  });
});
