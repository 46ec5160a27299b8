import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import { expectAccessible } from '../helpers/axe.js';
import { click, deepActiveElement, editorFixture, inPanel, panelOf, waitUntil } from './editor/editor-fixture.js';

const CLIENT_EVENTS = ['announcement-show', 'announcement-dismiss', 'announcement-read-more'];

describe('<announcement-editor> preview: what clients will see', () => {
  const heard: string[] = [];
  const listen = (event: Event) => heard.push(event.type);
  beforeEach(() => {
    heard.length = 0;
    CLIENT_EVENTS.forEach((type) => document.addEventListener(type, listen));
  });
  afterEach(() => CLIENT_EVENTS.forEach((type) => document.removeEventListener(type, listen)));

  it('shows the real banner in the chosen severity and the full message in the client sidebar, without any client event', async () => {
    const editor = await editorFixture({ adapter: new MemoryAdapter() });
    await editor.showCreateForm();
    await sendKeys({ type: 'Office closed on Friday' });
    await click(inPanel(editor, '#severity-critical')!.closest('label')!);
    inPanel<HTMLTextAreaElement>(editor, '#body')!.value = 'Back on **Monday**.';
    inPanel(editor, '#body')!.dispatchEvent(new Event('input'));
    await click(inPanel(editor, '#tab-preview')!);

    const preview = () => inPanel(editor, 'announcement-editor-preview')!;
    const banner = () => preview().shadowRoot?.querySelector('announcement-banner')?.shadowRoot?.querySelector('[part="base"]');
    await waitUntil(() => banner(), 'the client banner is not shown');
    expect(banner()!.classList.contains('severity-critical')).to.be.true;
    expect(banner()!.querySelector('[part="title"]')!.textContent).to.contain('Office closed on Friday');

    // It follows the form as the author changes it.
    await click(inPanel(editor, '#tab-write')!);
    await click(inPanel(editor, '#severity-success')!.closest('label')!);
    await click(inPanel(editor, '#tab-preview')!);
    await waitUntil(() => banner()?.classList.contains('severity-success'), 'the preview did not follow the severity');

    const open = preview().shadowRoot!.querySelector('#open-full-message')!;
    // Below the fold of the panel's scrolling body, behind its footer until scrolled to.
    open.scrollIntoView({ block: 'center' });
    await click(open);
    const sidebar = preview().shadowRoot!.querySelector('announcement-sidebar')!;
    await waitUntil(() => sidebar.shadowRoot!.querySelector<HTMLDialogElement>('dialog')?.open, 'the client sidebar did not open');
    await waitUntil(() => sidebar.shadowRoot!.querySelector('[part="description"] strong'), 'the full message is not rendered');
    expect(sidebar.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Office closed on Friday');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !sidebar.shadowRoot!.querySelector<HTMLDialogElement>('dialog')!.open);
    // Only the sidebar closed: the editor's form is still open, focus back on the button.
    expect(inPanel<HTMLDialogElement>(editor, 'dialog')!.open).to.be.true;
    await waitUntil(() => deepActiveElement() === preview().shadowRoot!.querySelector('#open-full-message'));
    await expectAccessible(inPanel(editor, 'dialog')!);
    // Nothing the preview did counts as a client seeing or reading the announcement.
    expect(heard).to.deep.equal([]);
    expect(panelOf(editor).values.title).to.equal('Office closed on Friday');
  });
});
