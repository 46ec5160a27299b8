import { expect } from '@open-wc/testing';
import { excerpt } from '../../src/internal/rich-text/excerpt.js';
import { emphasisSearch } from '../../src/internal/rich-text/markdown-inline-nodes.js';
import { renderMarkdown } from '../../src/internal/rich-text/markdown-renderer.js';
import { PATHOLOGICAL_SHAPES } from './pathological-markdown.js';

/** A description's maximum length. */
const LENGTH = 20_000;

function nodeCount(root: Node): number {
  const walker = document.createTreeWalker(root);
  let count = 0;
  while (walker.nextNode()) count++;
  return count;
}

/** Openers the emphasis matcher looks at while rendering `markdown`. */
function emphasisSteps(markdown: string): number {
  const before = emphasisSearch.steps;
  renderMarkdown(markdown);
  return emphasisSearch.steps - before;
}

// Work is counted (nodes, cells, search steps), never timed: `npm run bench` has the times.
describe('Markdown renderer on pathological input', () => {
  for (const shape of PATHOLOGICAL_SHAPES) {
    it(`${shape.name}: renders as Markdown with at most two nodes per character`, () => {
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      let fragment: DocumentFragment;
      try {
        fragment = renderMarkdown(shape.make(LENGTH));
      } finally {
        console.warn = warn;
      }
      // The renderer falls back to plain text (with a warning) only when the lexer fails.
      expect(warnings, 'the lexer failed').to.deep.equal([]);
      expect(nodeCount(fragment)).to.be.within(1, 2 * LENGTH);
    });
  }

  for (const shape of PATHOLOGICAL_SHAPES) {
    it(`${shape.name}: the banner's excerpt is a short line of text`, () => {
      const preview = excerpt(shape.make(LENGTH), 160);
      expect(preview.length).to.be.at.most(160);
      expect(preview).not.to.match(/\n|\*\*|__|~~/);
    });
  }

  it('pads at most 10,000 table cells per description, however wide the header', () => {
    const wide = PATHOLOGICAL_SHAPES.find((shape) => shape.name === 'GFM table cell amplification')!;
    for (const length of [LENGTH, 10 * LENGTH]) {
      const fragment = renderMarkdown(wide.make(length));
      const columns = fragment.querySelectorAll('th').length;
      const cells = fragment.querySelectorAll('td').length;
      const rows = fragment.querySelectorAll('tbody tr').length;
      expect(columns).to.equal(Math.floor(length / 8));
      // Each row has one written cell and needs the rest as padding: the table ends at the
      // row that would take the padding past the budget, and the other rows become text.
      expect(rows).to.equal(Math.floor(10_000 / (columns - 1)));
      expect(cells).to.equal(rows * columns);
      expect(fragment.textContent).to.include('x\nx\nx');
    }
  });

  it('writes at most ten characters of link addresses per character typed, keeping the text of the rest', () => {
    const references = PATHOLOGICAL_SHAPES.find((shape) => shape.name === 'many references to one long definition')!;
    for (const length of [LENGTH, 10 * LENGTH]) {
      const fragment = renderMarkdown(references.make(length));
      const anchors = Array.from(fragment.querySelectorAll('a'));
      const written = anchors.reduce((total, anchor) => total + anchor.getAttribute('href')!.length, 0);
      expect(anchors.length).to.be.above(0);
      expect(written).to.be.at.most(Math.max(100_000, 10 * length));
      // Every reference still shows its text, with or without a link.
      expect(fragment.textContent!.match(/a/g)!.length).to.equal(Math.floor(length / 2 / 4));
    }
  });

  it('keeps padding honest tables whose rows are a cell short', () => {
    const fragment = renderMarkdown('a|b|c\n-|-|-\n1|2\n3');
    expect(Array.from(fragment.querySelectorAll('tbody tr'), (row) => row.children.length)).to.deep.equal([3, 3]);
  });

  for (const name of ['`*a ` then `_a*_ ` (cmark issue 389)', 'mismatched openers and closers', 'nested strong emphasis', 'openers and closers in multiples of 3']) {
    it(`${name}: the emphasis search grows linearly with the text`, () => {
      const shape = PATHOLOGICAL_SHAPES.find((candidate) => candidate.name === name)!;
      const short = emphasisSteps(shape.make(LENGTH));
      const long = emphasisSteps(shape.make(4 * LENGTH));
      // Linear work gives about 4× at four times the length; quadratic work would give 16×.
      expect(long).to.be.at.most(5 * Math.max(short, 100));
      expect(long).to.be.at.most(4 * LENGTH);
    });
  }

  it('still matches emphasis across the runs of `*a ` and `_a*_ `', () => {
    const fragment = renderMarkdown('*a *a _a*_ _a*_');
    expect(fragment.querySelectorAll('em').length).to.equal(2);
  });
});
