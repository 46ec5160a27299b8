import { expect, html } from '@open-wc/testing';
import '../../src/elements/announcement-sidebar/announcement-sidebar.js';
import type { AnnouncementSidebar } from '../../src/elements/announcement-sidebar/announcement-sidebar.js';
import { adapterWith, freshIdentity } from '../helpers/announcements.js';
import { expectAccessible } from '../helpers/axe.js';
import { part, until } from '../helpers/dom.js';
import { mount } from '../helpers/mount.js';

const BODY = `Intro paragraph.

## Smaller heading

### Small heading

> A quoted warning.

| Month | Due |
| --- | --- |
| January | 10 February |

\`\`\`
VAT-2027-01
\`\`\`

---

Die Umsatzsteuervoranmeldung ist fällig.`;

async function openSidebar(lang: string): Promise<{ sidebar: AnnouncementSidebar; page: HTMLElement }> {
  const { adapter, created } = await adapterWith({ title: 'Neue Fristen', body: BODY });
  const identity = freshIdentity();
  const page = await mount<HTMLDivElement>(html`<div lang=${lang}>
    <header><p>Client portal</p></header>
    <announcement-sidebar .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-sidebar>
  </div>`);
  const sidebar = page.querySelector('announcement-sidebar')!;
  await sidebar.show(created[0].id);
  await until(() => part(sidebar, 'description')?.querySelector('table'), 'the description was not rendered');
  return { sidebar, page };
}

describe('announcement-sidebar rich text', () => {
  it('styles quotes, tables, code, headings and rules as text, not as bare browser defaults', async () => {
    const { sidebar } = await openSidebar('en');
    const description = part(sidebar, 'description')!;
    const style = (selector: string) => getComputedStyle(description.querySelector(selector)!);
    const body = getComputedStyle(description.querySelector('p')!);
    expect(parseFloat(style('blockquote').borderInlineStartWidth), 'a quote has a rule at its side').to.be.at.least(3);
    expect(style('blockquote').marginInlineStart).to.equal('0px');
    expect(style('td').borderTopStyle, 'table cells have borders').to.equal('solid');
    expect(style('th').textAlign, 'headers line up with their cells').to.be.oneOf(['start', 'left']);
    expect(style('pre').backgroundColor, 'a code block has a background').to.not.equal(getComputedStyle(part(sidebar, 'dialog')!).backgroundColor);
    expect(parseFloat(style(':is(h4, h5, h6)').fontSize), 'a small heading is still larger than the text').to.be.above(parseFloat(body.fontSize));
    expect(style('hr').borderTopStyle, 'the rule is a plain line, not a bevel').to.equal('solid');
    expect(style('hr').borderBottomStyle).to.equal('none');
  });

  it('hyphenates by the element\'s language and breaks words only as a last resort', async () => {
    const { sidebar } = await openSidebar('de');
    const description = part(sidebar, 'description')!;
    expect(description.closest('[lang]')!.getAttribute('lang')).to.equal('de');
    expect(getComputedStyle(description).hyphens).to.equal('auto');
    expect(getComputedStyle(description).overflowWrap).to.equal('break-word');
  });

  it('adds no second banner landmark to the page', async () => {
    const { sidebar, page } = await openSidebar('en');
    expect(sidebar.shadowRoot!.querySelector('header')).to.equal(null);
    await expectAccessible(page);
  });
});
