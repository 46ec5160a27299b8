import { expect } from '@open-wc/testing';
import { prepareCharacterReferences } from '../../src/internal/rich-text/character-references.js';
import { renderMarkdown } from '../../src/internal/rich-text/markdown-renderer.js';
import { DEVIATIONS } from './commonmark-deviations.js';
import { comparableMarkup, expectedDom, loadSpecExamples } from './commonmark-examples.js';

const examples = await loadSpecExamples();
// Descriptions reach the renderer with the name tables they need loaded (see renderDescription).
await prepareCharacterReferences(examples.map((example) => example.markdown));
const deviations = new Map(DEVIATIONS.flatMap(({ reason, examples: numbers }) => numbers.map((number) => [number, reason] as const)));

/** The only elements the Markdown renderer makes. */
const VOCABULARY = new Set('p h2 h3 h4 h5 h6 strong em del code pre blockquote ul ol li a br hr table thead tbody tr th td'.split(' '));

describe('CommonMark 0.31.2 examples', () => {
  it('reads all 652 examples of the specification', () => {
    expect(examples).to.have.length(652);
  });

  for (const example of examples) {
    const reason = deviations.get(example.number);
    const title = `example ${example.number} (${example.section})`;
    if (!reason) {
      it(`${title} renders as the specification says`, () => {
        expect(comparableMarkup(renderMarkdown(example.markdown))).to.equal(comparableMarkup(expectedDom(example.html)), JSON.stringify(example.markdown));
      });
    } else {
      it(`${title} differs on purpose: ${reason.slice(0, reason.indexOf(':'))}`, () => {
        const rendered = renderMarkdown(example.markdown);
        // Listed deviations must still be deviations, or the list (and the README) would lie.
        expect(comparableMarkup(rendered)).not.to.equal(comparableMarkup(expectedDom(example.html)), 'now matches the spec: remove it from DEVIATIONS');
        for (const element of Array.from(rendered.querySelectorAll('*'))) expect(VOCABULARY.has(element.localName), element.localName).to.equal(true);
      });
    }
  }
});
