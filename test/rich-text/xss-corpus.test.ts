import { aTimeout, expect } from '@open-wc/testing';
import { renderDescription } from '../../src/internal/rich-text/load-rich-text.js';
import type { DescriptionFormat } from '../../src/internal/rich-text/render-options.js';
import { ExecutionWatch } from './execution-watch.js';
import { findUnsafeMarkup } from './unsafe-markup.js';
import { fetchCorpusFile, loadXssCorpus, type XssPayload } from './xss-corpus.js';

/** Payloads rendered and attached together before handlers get their chance to fire. */
const BATCH_SIZE = 100;
/** Long enough for image errors, autofocus and short animations to fire their handlers. */
const SETTLE_MS = 150;

/** Ordinary formatting rendered beside every batch: proof that the renderer still renders. */
const CONTROLS: Record<DescriptionFormat, { body: string; check: (root: Element) => boolean }> = {
  markdown: {
    body: 'Some **bold** and a [link](https://example.com/)\n\n- item',
    check: (root) => !!root.querySelector('p strong') && !!root.querySelector('a[href="https://example.com/"]') && !!root.querySelector('ul li'),
  },
  html: {
    body: '<p>Some <strong>bold</strong> and a <a href="https://example.com/">link</a></p><ul><li>item</li></ul>',
    check: (root) => !!root.querySelector('p strong') && !!root.querySelector('a[href="https://example.com/"]') && !!root.querySelector('ul li'),
  },
  text: {
    body: 'First paragraph\n\nSecond paragraph',
    check: (root) => root.querySelectorAll('p').length === 2,
  },
};

async function renderInto(format: DescriptionFormat, body: string, label: string): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.dataset.payload = label;
  container.append(await renderDescription(body, { format }));
  return container;
}

describe('rich text against public XSS corpora', () => {
  let corpus: XssPayload[] = [];

  before(async function () {
    this.timeout(30000);
    corpus = await loadXssCorpus();
  });

  it('has the whole corpus to test with', () => {
    expect(corpus.length).to.be.above(800);
  });

  it('fails loudly, saying where the corpora belong, when a file is missing', async () => {
    const error = await fetchCorpusFile('no-such-corpus.txt').then(
      () => undefined,
      (reason: unknown) => reason as Error,
    );
    expect(error?.message).to.match(/no-such-corpus\.txt is missing \(HTTP 404.*test\/fixtures\/xss/);
  });

  for (const format of ['markdown', 'html', 'text'] as const) {
    it(`renders every payload as ${format} without running or leaving anything dangerous`, async function () {
      this.timeout(180000);
      const watch = new ExecutionWatch();
      const stage = document.createElement('div');
      document.body.append(stage);
      watch.start();
      try {
        for (let start = 0; start < corpus.length; start += BATCH_SIZE) {
          const batch = corpus.slice(start, start + BATCH_SIZE);
          const control = await renderInto(format, CONTROLS[format].body, 'control');
          const containers = await Promise.all(batch.map(({ payload, label }) => renderInto(format, payload, label)));
          stage.replaceChildren(control, ...containers);
          await aTimeout(SETTLE_MS);

          const batchName = `payloads ${start + 1}-${start + batch.length} (${batch[0].label} ...)`;
          const problems = containers.flatMap((container) =>
            findUnsafeMarkup(container).map((problem) => `${container.dataset.payload}: ${problem}`),
          );
          expect(problems, `unsafe markup in ${batchName}`).to.deep.equal([]);
          expect(watch.calls, `script ran in ${batchName}`).to.deep.equal([]);
          expect(watch.violations, `CSP violations in ${batchName}`).to.deep.equal([]);
          expect(CONTROLS[format].check(control), `ordinary ${format} formatting rendered beside ${batchName}`).to.be.true;
        }
      } finally {
        watch.stop();
        stage.remove();
      }
    });
  }
});
