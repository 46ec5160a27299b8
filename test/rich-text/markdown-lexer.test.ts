import { expect } from '@open-wc/testing';
import { lexMarkdown } from '../../src/internal/rich-text/markdown-lexer.js';
import type { BlockToken, InlineToken } from '../../src/internal/rich-text/markdown-tokens.js';
import { renderMarkdown } from '../../src/internal/rich-text/markdown-renderer.js';

const text = (value: string): InlineToken => ({ type: 'text', text: value });
const paragraph = (...tokens: InlineToken[]): BlockToken => ({ type: 'paragraph', tokens });

/** The inline tokens of a one-paragraph document. */
function inline(markdown: string): InlineToken[] {
  const tokens = lexMarkdown(markdown);
  expect(tokens).to.have.length(1);
  expect(tokens[0].type).to.equal('paragraph');
  return (tokens[0] as { tokens: InlineToken[] }).tokens;
}

/** Maximum nesting of a token tree. */
function depthOf(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((max: number, item) => Math.max(max, depthOf(item)), 0);
  if (value && typeof value === 'object') {
    const { tokens, items } = value as { tokens?: unknown; items?: unknown };
    return 1 + Math.max(depthOf(tokens ?? []), depthOf(items ?? []));
  }
  return 0;
}

describe('lexMarkdown', () => {
  describe('blocks', () => {
    it('reads paragraphs separated by blank lines, joining their lines', () => {
      expect(lexMarkdown('one\n  two\n\n\nthree')).to.deep.equal([paragraph(text('one\ntwo')), paragraph(text('three'))]);
    });

    it('returns no tokens for empty or blank input', () => {
      expect(lexMarkdown('')).to.deep.equal([]);
      expect(lexMarkdown(' \n\t\n')).to.deep.equal([]);
    });

    it('reads ATX headings with optional closing hashes', () => {
      expect(lexMarkdown('# One\n### Three ###\n####### seven\n#nospace')).to.deep.equal([
        { type: 'heading', depth: 1, tokens: [text('One')] },
        { type: 'heading', depth: 3, tokens: [text('Three')] },
        paragraph(text('####### seven\n#nospace')),
      ]);
    });

    it('reads setext headings', () => {
      expect(lexMarkdown('Title\n=====\n\nSub *title*\n---')).to.deep.equal([
        { type: 'heading', depth: 1, tokens: [text('Title')] },
        { type: 'heading', depth: 2, tokens: [text('Sub '), { type: 'em', tokens: [text('title')] }] },
      ]);
    });

    it('reads thematic breaks', () => {
      expect(lexMarkdown('***\n- - -\n_____')).to.deep.equal([{ type: 'hr' }, { type: 'hr' }, { type: 'hr' }]);
    });

    it('reads fenced code blocks literally, with or without a closing fence', () => {
      expect(lexMarkdown('```js\n*a*\n\n  <b>\n```\nafter')).to.deep.equal([
        { type: 'code', text: '*a*\n\n  <b>' },
        paragraph(text('after')),
      ]);
      expect(lexMarkdown('~~~\ncode\n```\nstill code')).to.deep.equal([{ type: 'code', text: 'code\n```\nstill code' }]);
      expect(lexMarkdown('  ```\n  indented\n    more\n  ```')).to.deep.equal([{ type: 'code', text: 'indented\n  more' }]);
    });

    it('reads indented code blocks, but not as a paragraph continuation', () => {
      expect(lexMarkdown('    a\n\n\tb\n\nc')).to.deep.equal([{ type: 'code', text: 'a\n\nb' }, paragraph(text('c'))]);
      expect(lexMarkdown('para\n    more')).to.deep.equal([paragraph(text('para\nmore'))]);
    });

    it('reads nested block quotes and lazy continuation lines', () => {
      expect(lexMarkdown('> a\nlazy\n>> b\n\nout')).to.deep.equal([
        {
          type: 'blockquote',
          tokens: [paragraph(text('a\nlazy')), { type: 'blockquote', tokens: [paragraph(text('b'))] }],
        },
        paragraph(text('out')),
      ]);
    });

    it('reads tight lists as text and loose lists as paragraphs', () => {
      expect(lexMarkdown('- a\n- b')).to.deep.equal([
        {
          type: 'list',
          ordered: false,
          start: null,
          loose: false,
          items: [{ tokens: [{ type: 'text', tokens: [text('a')] }] }, { tokens: [{ type: 'text', tokens: [text('b')] }] }],
        },
      ]);
      expect(lexMarkdown('1) a\n\n2) b')).to.deep.equal([
        { type: 'list', ordered: true, start: 1, loose: true, items: [{ tokens: [paragraph(text('a'))] }, { tokens: [paragraph(text('b'))] }] },
      ]);
    });

    it('reads nested lists, ordered start numbers, and starts a new list on a new marker', () => {
      const [outer] = lexMarkdown('* a\n  1. b\n  2. c\n* d') as [Extract<BlockToken, { type: 'list' }>];
      expect(outer.items).to.have.length(2);
      expect(outer.items[0].tokens[1]).to.deep.include({ type: 'list', ordered: true, start: 1, loose: false });
      expect(lexMarkdown('7. a\n8. b')[0]).to.deep.include({ type: 'list', ordered: true, start: 7 });
      // Only a list starting at 1 may interrupt a paragraph.
      expect(lexMarkdown('a\n7. b')).to.deep.equal([paragraph(text('a\n7. b'))]);
      expect(lexMarkdown('- a\n+ b').map((token) => token.type)).to.deep.equal(['list', 'list']);
    });

    it('keeps a list tight when the blank line is inside a nested list', () => {
      const [outer] = lexMarkdown('- a\n  - b\n\n  - c\n- d') as [Extract<BlockToken, { type: 'list' }>];
      expect(outer.loose).to.equal(false);
      expect(outer.items[0].tokens[1]).to.deep.include({ type: 'list', loose: true });
    });

    it('reads task list markers as checkboxes', () => {
      const [list] = lexMarkdown('- [ ] open\n- [X] done\n- [x]') as [Extract<BlockToken, { type: 'list' }>];
      expect(list.items.map((item) => item.tokens[0])).to.deep.equal([
        { type: 'text', tokens: [{ type: 'checkbox', checked: false }, text('open')] },
        { type: 'text', tokens: [{ type: 'checkbox', checked: true }, text('done')] },
        { type: 'text', tokens: [text('[x]')] },
      ]);
    });

    it('reads raw HTML blocks as html tokens', () => {
      expect(lexMarkdown('<div class="x">\n*not parsed*\n</div>\n\n*parsed*')).to.deep.equal([
        { type: 'html', text: '<div class="x">\n*not parsed*\n</div>' },
        paragraph({ type: 'em', tokens: [text('parsed')] }),
      ]);
      expect(lexMarkdown('<!-- a\n\nb -->\nc')).to.deep.equal([{ type: 'html', text: '<!-- a\n\nb -->' }, paragraph(text('c'))]);
      expect(lexMarkdown('<script>\nalert(1)\n</script>')).to.deep.equal([{ type: 'html', text: '<script>\nalert(1)\n</script>' }]);
    });

    it('reads GFM tables, padding short rows and splitting at unescaped pipes', () => {
      expect(lexMarkdown('a | b\n--|:-:\n1 | `x\\|y`\n2\n\nafter')).to.deep.equal([
        {
          type: 'table',
          header: [{ tokens: [text('a')] }, { tokens: [text('b')] }],
          rows: [
            [{ tokens: [text('1')] }, { tokens: [{ type: 'codespan', text: 'x|y' }] }],
            [{ tokens: [text('2')] }, { tokens: [] }],
          ],
        },
        paragraph(text('after')),
      ]);
      expect(lexMarkdown('a | b\n--|--|--')[0].type).to.equal('paragraph');
    });

    it('reads link reference definitions, anywhere in the document, without output', () => {
      expect(lexMarkdown('[a] [B][]\n\n> [a]: /one "One"\n\n[b]:\n  <two>')).to.deep.equal([
        paragraph(
          { type: 'link', href: '/one', title: 'One', tokens: [text('a')], autolink: false, text: '' },
          text(' '),
          { type: 'link', href: 'two', title: null, tokens: [text('B')], autolink: false, text: '' },
        ),
        { type: 'blockquote', tokens: [] },
      ]);
    });
  });

  describe('inlines', () => {
    it('reads emphasis, strong emphasis and their nesting', () => {
      expect(inline('*a* _b_ **c** __d__ ***e*** *f **g** h*')).to.deep.equal([
        { type: 'em', tokens: [text('a')] },
        text(' '),
        { type: 'em', tokens: [text('b')] },
        text(' '),
        { type: 'strong', tokens: [text('c')] },
        text(' '),
        { type: 'strong', tokens: [text('d')] },
        text(' '),
        { type: 'em', tokens: [{ type: 'strong', tokens: [text('e')] }] },
        text(' '),
        { type: 'em', tokens: [text('f '), { type: 'strong', tokens: [text('g')] }, text(' h')] },
      ]);
    });

    it('follows the flanking rules: no intraword underscores, no spaced delimiters', () => {
      expect(inline('snake_case_name a * b * c')).to.deep.equal([text('snake_case_name a * b * c')]);
      expect(inline('in*tra*word')).to.deep.equal([text('in'), { type: 'em', tokens: [text('tra')] }, text('word')]);
    });

    it('reads strikethrough with one or two tildes, not three', () => {
      expect(inline('~~a~~ ~b~ ~~~c~~~')).to.deep.equal([
        { type: 'del', tokens: [text('a')] },
        text(' '),
        { type: 'del', tokens: [text('b')] },
        text(' ~~~c~~~'),
      ]);
    });

    it('reads code spans literally, and leaves unmatched backticks as text', () => {
      expect(inline('`` a`b `` `*x*` ```y')).to.deep.equal([
        { type: 'codespan', text: 'a`b' },
        text(' '),
        { type: 'codespan', text: '*x*' },
        text(' ```y'),
      ]);
    });

    it('reads backslash escapes and hard line breaks', () => {
      expect(inline('\\*a\\* \\q\nb  \nc\\\nd')).to.deep.equal([
        { type: 'escape', text: '*' },
        text('a'),
        { type: 'escape', text: '*' },
        text(' \\q\nb'),
        { type: 'br' },
        text('c'),
        { type: 'br' },
        text('d'),
      ]);
    });

    it('leaves character references in text for the builder to decode', () => {
      expect(inline('&amp; &#42;not em&#42;')).to.deep.equal([text('&amp; &#42;not em&#42;')]);
    });

    it('reads inline links with titles, escapes and balanced parentheses', () => {
      expect(inline('[a *b*](/x(1)\\) "T \\"q\\"") [c](<d e>) [f]( g \'h\' )')).to.deep.equal([
        { type: 'link', href: '/x(1))', title: 'T "q"', tokens: [text('a '), { type: 'em', tokens: [text('b')] }], autolink: false, text: '' },
        text(' '),
        { type: 'link', href: 'd e', title: null, tokens: [text('c')], autolink: false, text: '' },
        text(' '),
        { type: 'link', href: 'g', title: 'h', tokens: [text('f')], autolink: false, text: '' },
      ]);
    });

    it('does not nest links, and leaves unmatched brackets as text', () => {
      expect(inline('[a [b](/b) c](/a) [x] ]')).to.deep.equal([
        text('[a '),
        { type: 'link', href: '/b', title: null, tokens: [text('b')], autolink: false, text: '' },
        text(' c](/a) [x] ]'),
      ]);
    });

    it('reads images with their alt text', () => {
      expect(inline('![a **b**](/i.png "t")')).to.deep.equal([
        { type: 'image', href: '/i.png', tokens: [text('a '), { type: 'strong', tokens: [text('b')] }] },
      ]);
    });

    it('reads angle-bracket autolinks, bare URLs and e-mail addresses', () => {
      const link = (href: string, value: string): InlineToken => ({ type: 'link', href, title: null, tokens: [text(value)], autolink: true, text: value });
      expect(inline('<https://a.example/?b&amp;c> <me@a.example> see https://b.example/x. (www.c.example) d@e.example.')).to.deep.equal([
        link('https://a.example/?b&amp;c', 'https://a.example/?b&amp;c'),
        text(' '),
        link('mailto:me@a.example', 'me@a.example'),
        text(' see '),
        link('https://b.example/x', 'https://b.example/x'),
        text('. ('),
        link('http://www.c.example', 'www.c.example'),
        text(') '),
        link('mailto:d@e.example', 'd@e.example'),
        text('.'),
      ]);
    });

    it('reads inline raw HTML as html tokens', () => {
      expect(inline('a <b title="*x*">c</b> <!-- d --> <e')).to.deep.equal([
        text('a '),
        { type: 'html', text: '<b title="*x*">' },
        text('c'),
        { type: 'html', text: '</b>' },
        text(' '),
        { type: 'html', text: '<!-- d -->' },
        text(' <e'),
      ]);
    });
  });

  describe('hostile input', () => {
    const N = 20000;
    const pathological: Record<string, string> = {
      stars: '*'.repeat(N),
      'stars between letters': 'a*'.repeat(N / 2),
      'alternating emphasis': '*a **b '.repeat(N / 7),
      underscores: '_a'.repeat(N / 2),
      tildes: '~a'.repeat(N / 2),
      'open brackets': '['.repeat(N),
      'open then close brackets': `${'['.repeat(N / 2)}${']'.repeat(N / 2)}`,
      'image openers': '!['.repeat(N / 2),
      'unfinished links': '[a]('.repeat(N / 4),
      'unfinished titles': '[a](b "'.repeat(N / 7),
      'unfinished references': '[a]['.repeat(N / 4),
      'nested parentheses': `[a](${'('.repeat(N)}`,
      backticks: '`a``'.repeat(N / 4),
      'angle brackets': '<a '.repeat(N / 3),
      'unclosed attributes': '<a b="'.repeat(N / 6),
      'unclosed comments': '<!--'.repeat(N / 4),
      'block quotes': `${'>'.repeat(N)} deep`,
      'spaced block quotes': `${'> '.repeat(N / 2)}deep`,
      'nested lists': `${'- '.repeat(N / 2)}deep`,
      'indented nested lists': Array.from({ length: 300 }, (_, i) => `${' '.repeat(2 * i)}- item`).join('\n'),
      'deep emphasis': `${'*a '.repeat(N / 6)}${' b*'.repeat(N / 6)}`,
      'deep links': `${'[a '.repeat(N / 8)}${'](/x)'.repeat(N / 8)}`,
      'many lines': 'a\n'.repeat(N / 2),
      'many list items': '- a\n'.repeat(N / 4),
      'lazy lines': `> a\n${'b\n'.repeat(N / 2)}`,
      'table rows': `a|b\n-|-\n${'|'.repeat(N)}`,
      'heading spaces': `#${' '.repeat(N)}x`,
      'trailing hashes': `# ${'#'.repeat(N)} x`,
      'bare URL': `https://a.example/${')'.repeat(N)}`,
      'e-mail-like words': 'a.'.repeat(N / 2),
      'control characters': '\0\r\n\t\u2028'.repeat(N / 5),
    };
    for (const [name, input] of Object.entries(pathological)) {
      it(`reads ${name} without throwing and renders it`, () => {
        const tokens = lexMarkdown(input);
        expect(tokens).to.be.an('array');
        expect(depthOf(tokens)).to.be.below(120);
        expect(renderMarkdown(input).textContent).to.be.a('string');
      });
    }

    it('keeps the text of content nested beyond the depth limit', () => {
      expect(renderMarkdown(`${'> '.repeat(200)}deep`).textContent).to.contain('deep');
      expect(renderMarkdown(`${'- '.repeat(200)}deep`).textContent).to.contain('deep');
      expect(renderMarkdown(`${'*a '.repeat(200)}deep${' b*'.repeat(200)}`).textContent).to.contain('deep');
    });
  });
});
