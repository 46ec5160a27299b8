import { expect } from '@open-wc/testing';
import { enforceLinkPolicy, isExternalLink, toSafeLinkUrl } from '../../src/internal/rich-text/link-policy.js';
import { describeDom } from './describe-dom.js';

const BASE = 'https://portal.example.com/clients/home';

describe('link policy', () => {
  describe('toSafeLinkUrl', () => {
    const allowed: Array<[string, string]> = [
      ['https://example.com/a', 'https://example.com/a'],
      ['HTTP://EXAMPLE.COM/', 'http://example.com/'],
      ['mailto:office@example.com', 'mailto:office@example.com'],
      ['/help', 'https://portal.example.com/help'],
      ['faq#top', 'https://portal.example.com/clients/faq#top'],
      ['?page=2', 'https://portal.example.com/clients/home?page=2'],
      ['//cdn.example.net/file.pdf', 'https://cdn.example.net/file.pdf'],
      ['  https://example.com/  ', 'https://example.com/'],
    ];
    for (const [href, expected] of allowed) {
      it(`allows ${JSON.stringify(href)}`, () => {
        expect(toSafeLinkUrl(href, BASE)?.href).to.equal(expected);
      });
    }

    const refused = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      ' \u0001javascript:alert(1)',
      '\u0000javascript:alert(1)',
      'javascript://example.com/%0aalert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html,x',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.com/',
      'blob:https://portal.example.com/1234',
      'tel:+4912345',
      'http://[not a host/',
    ];
    for (const href of refused) {
      it(`refuses ${JSON.stringify(href)}`, () => {
        expect(toSafeLinkUrl(href, BASE)).to.equal(null);
      });
    }

    it('treats a scheme that is not one (an undecoded reference) as a harmless relative path', () => {
      expect(toSafeLinkUrl('&#106;avascript:alert(1)', BASE)?.origin).to.equal('https://portal.example.com');
    });
  });

  it('calls only web links to another origin external', () => {
    expect(isExternalLink(new URL('https://example.com/'), BASE)).to.be.true;
    expect(isExternalLink(new URL('http://portal.example.com/'), BASE)).to.be.true;
    expect(isExternalLink(new URL('https://portal.example.com/x'), BASE)).to.be.false;
    expect(isExternalLink(new URL('mailto:a@example.com'), BASE)).to.be.false;
  });

  describe('enforceLinkPolicy', () => {
    function anchors(...hrefs: Array<string | null>): DocumentFragment {
      const fragment = document.createDocumentFragment();
      for (const href of hrefs) {
        const anchor = document.createElement('a');
        if (href !== null) anchor.setAttribute('href', href);
        anchor.setAttribute('onclick', 'alert(1)');
        anchor.setAttribute('target', '_top');
        anchor.append('text');
        fragment.append(anchor);
      }
      return fragment;
    }

    it('keeps a checked href, drops every other attribute and marks external links', () => {
      const fragment = anchors('https://example.com/', '/inside');
      enforceLinkPolicy(fragment, {}, BASE);
      expect(describeDom(fragment)).to.equal(
        '<a href="https://example.com/" rel="noopener noreferrer" target="_blank">text</a>' +
          '<a href="https://portal.example.com/inside">text</a>',
      );
    });

    it('replaces anchors with unsafe or missing destinations by their content', () => {
      const fragment = anchors('javascript:alert(1)', null, 'data:text/html,x');
      enforceLinkPolicy(fragment, { linkTarget: 'x' }, BASE);
      expect(describeDom(fragment)).to.equal('texttexttext');
    });
  });
});
