import { expect } from '@open-wc/testing';
import { allNamesLoaded, prepareCharacterReferences } from '../../src/internal/rich-text/character-references.js';
import { excerpt, markdownToPlainText, truncateAtWord } from '../../src/internal/rich-text/excerpt.js';

describe('excerpt', () => {
  describe('markup', () => {
    const cases: Array<[string, string, string]> = [
      ['emphasis', 'Our **office** is _closed_ on *Friday*, __really__ ***really*** ~~not~~.', 'Our office is closed on Friday, really really not.'],
      ['headings', '# Office closed\n\nText\n\n## Details ##\n\nSetext\n======', 'Office closed Text Details Setext'],
      ['quotes', '> quoted\n> > nested', 'quoted nested'],
      ['list markers but keeps items apart', '- one\n* two\n+ three\n  1. nested\n2) other\n- [ ] task\n- [x] done', '\u2022 one \u2022 two \u2022 three 1. nested 2. other \u2022 task \u2022 done'],
      ['links', 'See [the calendar](https://x.example/cal_(2026) "Cal"), [ref][r] and <https://a.example/b>.\n\n[r]: https://x', 'See the calendar, ref and https://a.example/b.'],
      ['images', 'Look: ![our new office](https://x.example/o.png)', 'Look: our new office'],
      ['code spans', 'Run `npm **install**` now, ``a `tick` b``', 'Run npm **install** now, a `tick` b'],
      ['HTML tags', '<p>Hello <b onclick="x()">world</b></p><p>Next<br>line</p><script>alert(1)</script><!-- note -->', 'Hello world Next line'],
      ['the delimiter row of a table without outer pipes', 'a | b\n---|:-:\n1 | 2', 'a | b 1 | 2'],
      ['escapes', '\\*literal\\* \\# \\[x\\]', '*literal* # [x]'],
      ['words with underscores and stars', 'snake_case_name and 5 * 3 * 2', 'snake_case_name and 5 * 3 * 2'],
    ];
    for (const [name, markdown, expected] of cases) {
      it(`strips ${name}`, () => {
        expect(markdownToPlainText(markdown)).to.equal(expected);
      });
    }
  });

  describe('character references', () => {
    // Runs first in this page: the full name table is not loaded yet.
    it('decodes the basic names at once and the others once their table is prepared', async () => {
      const text = 'Caf&eacute; &amp; bar&nbsp;&hellip;';
      expect(allNamesLoaded()).to.equal(false);
      // `&nbsp;` decodes, and then counts as white space like any other.
      expect(excerpt(text)).to.equal('Caf&eacute; & bar &hellip;');
      await prepareCharacterReferences(['no names here', 'only &amp; &lt;basic&gt;']);
      expect(allNamesLoaded(), 'basic names need no table').to.equal(false);
      await prepareCharacterReferences(['plain', text]);
      expect(allNamesLoaded()).to.equal(true);
      // The excerpt cut before the table arrived is not served again.
      expect(excerpt(text)).to.equal('Caf\u00e9 & bar \u2026');
    });

    it('decodes them into the characters they stand for', async () => {
      await prepareCharacterReferences(['&copy;']);
      expect(excerpt('Tom &amp; Jerry &copy; M&uuml;ller &#8364;5 &#x263A;')).to.equal('Tom & Jerry \u00a9 M\u00fcller \u20ac5 \u263a');
    });

    it('shows escaped markup as the characters the author typed, never double-escaped', () => {
      expect(excerpt('&lt;b&gt;not a tag&lt;/b&gt; AT&T &amp;amp;')).to.equal('<b>not a tag</b> AT&T &amp;');
    });

    it('leaves unknown names and references inside code as typed', () => {
      expect(excerpt('&bogus; `&amp;`')).to.equal('&bogus; &amp;');
    });
  });

  describe('length', () => {
    it('returns short text unchanged, with whitespace collapsed', () => {
      expect(excerpt('  short\n\n\ttext  ')).to.equal('short text');
    });

    it('cuts at a word boundary and adds an ellipsis, within the limit', () => {
      const result = excerpt('The office is closed on Friday because of the company outing.', 30);
      expect(result).to.equal('The office is closed on\u2026');
      expect(result.length).to.be.at.most(30);
    });

    it('drops punctuation left before the ellipsis', () => {
      expect(excerpt('Hello there, general Kenobi.', 14)).to.equal('Hello there\u2026');
    });

    it('cuts a single long word hard', () => {
      expect(excerpt('a'.repeat(50), 10)).to.equal(`${'a'.repeat(9)}\u2026`);
    });

    it('does not split an emoji', () => {
      const result = truncateAtWord(`${'x'.repeat(8)}\u{1F600}\u{1F600}`, 10);
      expect(result).to.equal(`${'x'.repeat(8)}\u2026`);
    });

    it('uses 160 characters by default', () => {
      const result = excerpt('word '.repeat(100));
      expect(result.length).to.be.at.most(160);
      expect(result.endsWith('word\u2026')).to.be.true;
    });

    it('gives an empty string for an empty description or a zero length', () => {
      expect(excerpt('')).to.equal('');
      expect(excerpt('   \n\n ')).to.equal('');
      expect(excerpt('**  **')).to.equal('');
      expect(excerpt('text', 0)).to.equal('');
    });
  });

  describe('reads as text', () => {
    it('leaves headings out and starts at the first paragraph', () => {
      expect(excerpt('## What changes\n\nFrom 1 January, returns are due on the 10th.')).to.equal('From 1 January, returns are due on the 10th.');
      expect(excerpt('- a list first\n\n# Heading\n\nThe paragraph.')).to.equal('The paragraph.');
    });

    it('keeps list items apart, numbers and all', () => {
      expect(excerpt('### What you need to do\n\n1. Check your bank details.\n2. Upload your receipts.', 200)).to.equal('1. Check your bank details. \u00b7 2. Upload your receipts.');
      expect(excerpt('You need:\n\n- your ID\n- last year\'s return')).to.equal("You need: your ID \u00b7 last year's return");
    });

    it('ends blocks as sentences, so they do not run together', () => {
      expect(excerpt('Select the files\n\nQuestions? Call us.')).to.equal('Select the files. Questions? Call us.');
      expect(excerpt('Office closed\nuntil Monday')).to.equal('Office closed until Monday');
    });

    it('leaves out code blocks, tables and rules, and falls back to the headings', () => {
      expect(excerpt('Intro.\n\n```\nVAT-2027\n```\n\n| a | b |\n| --- | --- |\n\n---\n\n***\n\n_ _ _\n\nOutro.')).to.equal('Intro. Outro.');
      expect(excerpt('Run `npm install` now\n\n~~~sh\necho "# hi"\n~~~\n\n| 1 | 2 |')).to.equal('Run npm install now');
      expect(excerpt('# Closed\n\n## Friday')).to.equal('Closed. Friday');
    });
  });
});

