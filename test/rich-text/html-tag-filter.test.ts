import { expect } from '@open-wc/testing';
import { keepAllowedHtml } from '../../src/internal/rich-text/html-tag-filter.js';

describe('keepAllowedHtml', () => {
  const cases: Array<[string, string, string]> = [
    ['keeps allowed tags without their attributes', '<p class="x" style="color:red" onclick="alert(1)">a <STRONG id=y>b</STRONG></p>', '<p>a <strong>b</strong></p>'],
    ['keeps only the href of links', '<a href="https://example.com/?a=1&amp;b=&quot;2&quot;" target=_top onmouseover=alert(1)>x</a>', '<a href="https://example.com/?a=1&amp;b=&quot;2&quot;">x</a>'],
    ['escapes quotes inside an href', `<a href='say "hi"'>x</a>`, '<a href="say &quot;hi&quot;">x</a>'],
    ['keeps the first of duplicate attributes, as the parser does', '<a href="/first" href="javascript:alert(1)">x</a>', '<a href="/first">x</a>'],
    ['writes void elements once', '<br/><hr class=x></br>', '<br><hr>'],
    ['drops other tags and keeps their text', '<div><span>text</span> <h1>big</h1> <img src=x onerror=alert(1)></div>', 'text big '],
    ['drops scripts and styles with their content', '<script>alert(1)</script>a<style>p{}</style>b<SCRIPT type="x">c</script >d', 'abd'],
    ['drops comments, doctypes and processing instructions', '<!DOCTYPE html><!-- <p onclick=x> -->a<!--->b<!-->c<?php x ?>d', 'abcd'],
    ['drops SVG and MathML with their content', '<svg><g onload=alert(1)><p>x</p></g></svg>a<math><mi>y</mi></math>b<svg/>c', 'abc'],
    ['treats stray angle brackets as text', 'a < b > c <3 </ 4', 'a &lt; b &gt; c &lt;3 '],
    ['ignores "</>"', 'a</>b', 'ab'],
    ['drops a tag cut off by the end of the input', 'a<p onclick="x', 'a'],
    // The second tag's name is `p"onclick=alert(1)`: a quote does not end a tag name.
    ['reads names and attributes the way the parser does', '<a/href="/x"/onclick=alert(1)>y</a><p"onclick=alert(1)>z</p>', '<a href="/x">y</a>z</p>'],
    ['stops at <plaintext>', 'a<plaintext><p>b', 'a'],
    ['keeps character references for the parser to decode', '&lt;b&gt; &amp; &nbsp;', '&lt;b&gt; &amp; &nbsp;'],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      expect(keepAllowedHtml(input)).to.equal(expected);
    });
  }

  it('writes nothing but allowed tags, an href and text, whatever the input', () => {
    const inputs = ['<<p>>', '<p <p onclick=x>>', '<a href=x onclick=y', '<!--<p onclick=x>', '<x/><y =a>b', '<p\u0000 onclick=x>'];
    for (const input of inputs) {
      const output = keepAllowedHtml(input);
      const tags = output.match(/<[^>]*>/g) ?? [];
      for (const tag of tags) expect(tag, `from ${JSON.stringify(input)}`).to.match(/^<\/?(p|br|strong|b|em|i|u|s|ul|ol|li|a|h[2-6]|blockquote|code|pre|hr)( href="[^"]*")?>$/);
    }
  });
});
