import { expect } from '@open-wc/testing';
import { renderMarkdown } from '../../src/internal/rich-text/markdown-renderer.js';
import type { RenderOptions } from '../../src/internal/rich-text/render-options.js';
import { describeDom } from './describe-dom.js';

function markup(markdown: string, options?: RenderOptions): string {
  return describeDom(renderMarkdown(markdown, options));
}

const sameOrigin = (path: string) => new URL(path, document.baseURI).href;

describe('renderMarkdown', () => {
  describe('formatting', () => {
    it('renders paragraphs, emphasis, strong emphasis and strikethrough', () => {
      expect(markup('Hello **bold**, *italic*, _also italic_ and ~~gone~~.\n\nSecond paragraph')).to.equal(
        '<p>Hello <strong>bold</strong>, <em>italic</em>, <em>also italic</em> and <del>gone</del>.</p><p>Second paragraph</p>',
      );
    });

    it('keeps soft line breaks as text and turns hard ones into <br>', () => {
      expect(markup('one\ntwo  \nthree\\\nfour')).to.equal('<p>one\ntwo<br>three<br>four</p>');
    });

    it('renders headings one level down, since the page and the title own the levels above', () => {
      expect(markup('# One\n## Two\n### Three\n###### Six')).to.equal('<h2>One</h2><h3>Two</h3><h4>Three</h4><h6>Six</h6>');
    });

    it('renders unordered, ordered and nested lists', () => {
      expect(markup('- a\n- b\n  1. b1\n  2. b2\n- c')).to.equal(
        '<ul><li>a</li><li>b<ol><li>b1</li><li>b2</li></ol></li><li>c</li></ul>',
      );
      expect(markup('3. third\n4. fourth')).to.equal('<ol start="3"><li>third</li><li>fourth</li></ol>');
    });

    it('wraps the items of a loose list in paragraphs', () => {
      expect(markup('- a\n\n- b')).to.equal('<ul><li><p>a</p></li><li><p>b</p></li></ul>');
    });

    it('shows task list boxes as characters', () => {
      expect(markup('- [ ] open\n- [x] done')).to.equal('<ul><li>\u2610 open</li><li>\u2611 done</li></ul>');
    });

    it('renders block quotes, with nested formatting', () => {
      expect(markup('> quoted **text**\n>\n> - item')).to.equal(
        '<blockquote><p>quoted <strong>text</strong></p><ul><li>item</li></ul></blockquote>',
      );
    });

    it('renders inline code and code blocks literally', () => {
      expect(markup('Use `a <b> &amp; *c*`')).to.equal('<p>Use <code>a &lt;b&gt; &amp;amp; *c*</code></p>');
      expect(markup('```js\n<script>alert(1)</script>\n**not bold**\n```')).to.equal(
        '<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;\n**not bold**</code></pre>',
      );
      expect(markup('    indented code')).to.equal('<pre><code>indented code</code></pre>');
    });

    it('renders thematic breaks and tables', () => {
      expect(markup('a\n\n---\n\nb')).to.equal('<p>a</p><hr><p>b</p>');
      expect(markup('| a | **b** |\n|---|:-:|\n| 1 | 2 |')).to.equal(
        '<table><thead><tr><th>a</th><th><strong>b</strong></th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>',
      );
    });

    it('decodes character references, leaving unknown names as typed', () => {
      expect(renderMarkdown('Tom &amp; Jerry &copy; M&uuml;ller &#8364; &#x263A; &bogus; AT&T').textContent).to.equal(
        'Tom & Jerry \u00a9 M\u00fcller \u20ac \u263a &bogus; AT&T',
      );
    });

    it('keeps backslash-escaped characters literally', () => {
      expect(markup('\\*not em\\* and \\&amp;')).to.equal('<p>*not em* and &amp;amp;</p>');
    });

    it('renders an empty description as an empty fragment', () => {
      expect(renderMarkdown('').childNodes).to.have.length(0);
    });
  });

  describe('links', () => {
    it('gives links to other origins rel="noopener noreferrer" and target="_blank"', () => {
      expect(markup('[Docs](https://docs.example.com/a?b=1&c=2 "The docs")')).to.equal(
        '<p><a href="https://docs.example.com/a?b=1&amp;c=2" rel="noopener noreferrer" target="_blank" title="The docs">Docs</a></p>',
      );
    });

    it('uses the configured target, or none when it is empty', () => {
      expect(markup('[x](https://example.com/)', { linkTarget: 'news' })).to.contain('target="news"');
      expect(markup('[x](https://example.com/)', { linkTarget: '' })).to.equal(
        '<p><a href="https://example.com/" rel="noopener noreferrer">x</a></p>',
      );
    });

    it('keeps relative, same-origin and mail links in the same tab', () => {
      expect(markup('[a](/help/faq) [b](#top) [c](mailto:office@example.com)')).to.equal(
        `<p><a href="${sameOrigin('/help/faq')}">a</a> <a href="${sameOrigin('#top')}">b</a> <a href="mailto:office@example.com">c</a></p>`,
      );
    });

    it('turns autolinks, bare www addresses and e-mail addresses into links', () => {
      expect(markup('<https://example.com/?a=1&amp;b> www.example.org office@example.com')).to.equal(
        '<p><a href="https://example.com/?a=1&amp;amp;b" rel="noopener noreferrer" target="_blank">https://example.com/?a=1&amp;amp;b</a> ' +
          '<a href="http://www.example.org/" rel="noopener noreferrer" target="_blank">www.example.org</a> ' +
          '<a href="mailto:office@example.com">office@example.com</a></p>',
      );
    });

    it('resolves reference links', () => {
      expect(markup('[the site][site]\n\n[site]: https://example.com/ "Site"')).to.equal(
        '<p><a href="https://example.com/" rel="noopener noreferrer" target="_blank" title="Site">the site</a></p>',
      );
    });

    const unsafeDestinations = [
      'javascript:alert(1)',
      'jAvAsCrIpT:alert(1)',
      'java&#x09;script:alert(1)',
      '&#106;avascript:alert(1)',
      '&#x6A;avascript:alert(1)',
      'javascript&colon;alert(1)',
      'java&Tab;script:alert(1)',
      '<javascript:alert(1)>',
      '%20javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ];
    for (const destination of unsafeDestinations) {
      it(`shows a link to ${destination} as plain text`, () => {
        const fragment = renderMarkdown(`before [the **text**](${destination}) after`);
        const anchor = fragment.querySelector('a');
        if (anchor) {
          // A destination that does not parse as a scheme is a harmless relative path.
          expect(new URL(anchor.href).origin).to.equal(new URL(document.baseURI).origin);
        }
        expect(fragment.textContent).to.equal('before the text after');
      });
    }

    it('percent-encodes destinations, so a link goes where the author wrote', () => {
      // The URL parser alone would turn the backslash into a path separator (/foo/bar).
      expect(markup('[link](foo\\bar)')).to.equal(`<p><a href="${sameOrigin('foo%5Cbar')}">link</a></p>`);
      expect(markup('<https://example.com/?find=\\*>')).to.include('href="https://example.com/?find=%5C*"');
      expect(markup('[x](/caf\u00e9%20menu "Menu")')).to.equal(`<p><a href="${sameOrigin('/caf%C3%A9%20menu')}" title="Menu">x</a></p>`);
    });

    it('refuses a scheme hidden by a character reference, before and after encoding', () => {
      expect(markup('[x](java&#9;script:alert(1))')).to.equal('<p>x</p>');
      expect(markup('[x](&#106;avascript:alert(1))')).to.equal('<p>x</p>');
    });

    it('gives every reference to one definition the same checked address', () => {
      const long = `https://example.com/${'x'.repeat(500)}`;
      const fragment = renderMarkdown(`${'[a] '.repeat(100)}\n\n[a]: ${long}`);
      const hrefs = new Set(Array.from(fragment.querySelectorAll('a'), (anchor) => anchor.getAttribute('href')));
      expect(fragment.querySelectorAll('a')).to.have.length(100);
      expect([...hrefs]).to.deep.equal([long]);
    });

    it('shows autolinks and reference links with an unsafe scheme as plain text', () => {
      expect(markup('<javascript:alert(1)>')).to.equal('<p>javascript:alert(1)</p>');
      expect(markup('[x][evil]\n\n[evil]: javascript:alert(1)')).to.equal('<p>x</p>');
      expect(markup('<vbscript:msgbox(1)> <data:text/html,x>')).to.equal('<p>vbscript:msgbox(1) data:text/html,x</p>');
    });
  });

  describe('untrusted input', () => {
    it('shows raw HTML as literal text, inline and as a block', () => {
      expect(markup('a <b onclick="alert(1)">b</b> <img src=x onerror=alert(1)>')).to.equal(
        '<p>a &lt;b onclick="alert(1)"&gt;b&lt;/b&gt; &lt;img src=x onerror=alert(1)&gt;</p>',
      );
      expect(markup('<div onmouseover="alert(1)">\n\n*hi*\n\n</div>')).to.equal(
        '<p>&lt;div onmouseover="alert(1)"&gt;</p><p><em>hi</em></p><p>&lt;/div&gt;</p>',
      );
      expect(markup('<script>alert(1)</script>')).to.equal('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    });

    it('shows images as their alt text and never loads them', () => {
      const fragment = renderMarkdown('![Our **new** office](https://tracker.example/pixel.png "title") ![](https://x.example/y.png)');
      expect(fragment.querySelector('img')).to.equal(null);
      expect(fragment.textContent).to.equal('Our new office ');
    });

    it('survives deeply nested input', () => {
      const fragment = renderMarkdown(`${'> '.repeat(500)}deep`);
      expect(fragment.textContent).to.contain('deep');
    });
  });
});
