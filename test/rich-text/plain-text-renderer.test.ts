import { expect } from '@open-wc/testing';
import { renderPlainText } from '../../src/internal/rich-text/plain-text-renderer.js';
import { describeDom } from './describe-dom.js';

describe('renderPlainText', () => {
  it('splits paragraphs on blank lines and keeps single line breaks', () => {
    expect(describeDom(renderPlainText('First line\nsecond line\n\n  \t\nNext paragraph\r\n\r\nLast'))).to.equal(
      '<p>First line<br>second line</p><p>Next paragraph</p><p>Last</p>',
    );
  });

  it('shows markup and character references exactly as written', () => {
    const fragment = renderPlainText('<b onclick="alert(1)">**x**</b> &amp; [a](javascript:alert(1))');
    expect(fragment.querySelector('b, a')).to.equal(null);
    expect(fragment.textContent).to.equal('<b onclick="alert(1)">**x**</b> &amp; [a](javascript:alert(1))');
  });

  it('renders nothing for an empty or blank text', () => {
    expect(renderPlainText('').childNodes).to.have.length(0);
    expect(renderPlainText(' \n\n \n').childNodes).to.have.length(0);
  });
});
