import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import { configureAnnouncements } from '../../src/configure.js';
import type { ClientDirectory, DirectoryClient } from '../../src/model/directory.js';
import type { AnnouncementEditor } from '../../src/elements/announcement-editor/announcement-editor.js';
import { click, deepActiveElement, editorFixture, inPanel, panelOf, panelOpen, record, waitUntil } from './editor/editor-fixture.js';
import { expectAccessible } from '../helpers/axe.js';

const CLIENTS: DirectoryClient[] = [
  { id: 'c-1', name: 'Müller GmbH', tags: ['business'] },
  { id: 'c-2', name: 'Mustermann KG', tags: ['business'] },
  { id: 'c-3', name: 'Anna Schmidt', tags: ['private'] },
];

/** A directory that answers after a short wait, like a server, and remembers what it was asked. */
function testDirectory(options: { tags?: boolean; fail?: boolean } = {}) {
  const signals: AbortSignal[] = [];
  const directory: ClientDirectory = {
    async search(query, { signal } = {}) {
      signals.push(signal!);
      await new Promise((resolve) => setTimeout(resolve, 150));
      if (options.fail) throw new Error('directory down');
      const wanted = query.toLowerCase();
      return CLIENTS.filter((client) => `${client.name} ${client.id}`.toLowerCase().includes(wanted));
    },
    async byIds(ids) {
      return CLIENTS.filter((client) => ids.includes(client.id));
    },
  };
  if (options.tags) directory.tags = async () => ['business', 'private'];
  return { directory, signals };
}

const combobox = (editor: AnnouncementEditor) => inPanel(editor, 'announcement-audience-combobox')!;
const inCombobox = <T extends HTMLElement = HTMLElement>(editor: AnnouncementEditor, selector: string) => combobox(editor).shadowRoot!.querySelector<T>(selector);
const statusOf = (editor: AnnouncementEditor) => inCombobox(editor, '[role="status"]')!.textContent!.trim();
/** The search's status is shown in full: the open list of results does not cover it. */
function expectStatusUncovered(editor: AnnouncementEditor): void {
  const status = inCombobox(editor, '[role="status"]')!.getBoundingClientRect();
  const list = inCombobox(editor, '[role="listbox"]')!.getBoundingClientRect();
  expect(status.height, 'the status has no height').to.be.above(0);
  const overlap = status.left < list.right && list.left < status.right && status.top < list.bottom && list.top < status.bottom;
  expect(overlap, 'the list covers the status').to.be.false;
}
const chips = (root: ParentNode) => [...root.querySelectorAll('.chip span')].map((chip) => chip.textContent!.trim());

describe('<announcement-editor> audience', () => {
  it('searches the directory in a combobox driven by the keyboard, and publishes the chosen clients', async () => {
    const adapter = new MemoryAdapter();
    const editor = await editorFixture({ adapter });
    const { directory, signals } = testDirectory();
    configureAnnouncements({ clientDirectory: directory });
    await editor.showCreateForm();
    await sendKeys({ type: 'For our business clients' });
    expect(inPanel<HTMLInputElement>(editor, '#audience-all')!.checked, 'all clients is the default').to.be.true;
    inPanel(editor, '#audience-all')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => inPanel(editor, 'announcement-audience-combobox'), 'no client search');
    await sendKeys({ press: 'Tab' });
    const input = inCombobox<HTMLInputElement>(editor, '#search')!;
    expect(deepActiveElement()).to.equal(input);
    expect(input.getAttribute('role')).to.equal('combobox');
    await sendKeys({ type: 'c' });
    await waitUntil(() => signals.length === 1, 'the directory was not asked');
    expect(statusOf(editor)).to.equal('Searching…');
    // A newer query aborts the search still running.
    await sendKeys({ type: '-' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'no results shown');
    expect(signals[0].aborted).to.be.true;
    expect(signals).to.have.length(2);
    expect(statusOf(editor)).to.equal('3 found');
    expectStatusUncovered(editor);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    const active = inCombobox(editor, `#${input.getAttribute('aria-activedescendant')}`)!;
    expect(active.textContent).to.contain('Mustermann KG');
    expect(active.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    expect(input.value).to.equal('');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    await waitUntil(() => chips(combobox(editor).shadowRoot!).length === 1);
    expect(chips(combobox(editor).shadowRoot!)).to.deep.equal(['Mustermann KG']);
    expect(deepActiveElement()).to.equal(input);
    // Escape closes the list first, then clears the box; the panel stays open.
    await sendKeys({ type: 'Müller' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true');
    await sendKeys({ press: 'Escape' });
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.value).to.equal('Müller');
    await sendKeys({ press: 'Escape' });
    expect(input.value).to.equal('');
    expect(panelOpen(editor)).to.be.true;
    await sendKeys({ type: 'zz' });
    await waitUntil(() => statusOf(editor) === 'No clients found');
    await click(inPanel(editor, '#publish')!);
    await waitUntil(() => !panelOpen(editor), 'not published');
    expect((await adapter.list())[0].audience).to.deep.equal({ kind: 'clients', clients: ['c-2'] });
  });

  it('names the clients of a stored audience, removes them by their chip, and asks for one when none is left', async () => {
    const adapter = new MemoryAdapter([record({ id: 'a', title: 'For two', audience: { kind: 'clients', clients: ['c-1', 'c-3'] } })]);
    const editor = await editorFixture({ adapter });
    configureAnnouncements({ clientDirectory: testDirectory().directory });
    await editor.showEditForm('a');
    await waitUntil(() => chips(combobox(editor).shadowRoot!).includes('Anna Schmidt'), 'no names for the stored ids');
    expect(chips(combobox(editor).shadowRoot!)).to.deep.equal(['Müller GmbH', 'Anna Schmidt']);
    for (const name of ['Müller GmbH', 'Anna Schmidt']) {
      const remove = inCombobox(editor, `button[aria-label="Remove ${name}"]`)!;
      remove.focus();
      await sendKeys({ press: 'Enter' });
      await panelOf(editor).updateComplete;
    }
    expect(deepActiveElement()).to.equal(inCombobox(editor, '#search'));
    await click(inPanel(editor, '#publish')!);
    await waitUntil(() => inCombobox(editor, '#error'), 'no error');
    expect(inCombobox(editor, '#error')!.textContent).to.equal('Choose at least one client.');
    expect(inCombobox(editor, '#search')!.getAttribute('aria-invalid')).to.equal('true');
    expect(deepActiveElement()).to.equal(inCombobox(editor, '#search'));
    expect((await adapter.list())[0].audience.kind).to.equal('clients');
  });

  it('says when the search failed', async () => {
    const editor = await editorFixture({ adapter: new MemoryAdapter() });
    configureAnnouncements({ clientDirectory: testDirectory({ fail: true }).directory });
    await editor.showCreateForm();
    await click(inPanel(editor, '#audience-clients')!.closest('label')!);
    inCombobox(editor, '#search')!.focus();
    await sendKeys({ type: 'mu' });
    await waitUntil(() => statusOf(editor) === 'The search failed. Type again to retry.');
  });

  it('offers the directory’s tags as checkboxes', async () => {
    const adapter = new MemoryAdapter();
    const editor = await editorFixture({ adapter, lang: 'de' });
    configureAnnouncements({ clientDirectory: testDirectory({ tags: true }).directory });
    await editor.showCreateForm();
    await sendKeys({ type: 'Neue Frist' });
    await click(inPanel(editor, '#audience-tags')!.closest('label')!);
    expect(inPanel(editor, '#audience-tags')!.closest('label')!.textContent!.trim()).to.equal('Mandanten mit Tags');
    await waitUntil(() => inPanel(editor, '.tag-choice'), 'no tags to choose');
    const business = [...panelOf(editor).shadowRoot!.querySelectorAll<HTMLLabelElement>('.tag-choice')].find((label) => label.textContent!.includes('business'))!;
    business.querySelector('input')!.focus();
    await sendKeys({ press: ' ' });
    await click(inPanel(editor, '#publish')!);
    await waitUntil(() => !panelOpen(editor), 'not published');
    expect((await adapter.list())[0].audience).to.deep.equal({ kind: 'tags', tags: ['business'] });
  });

  it('without a directory, tags and client ids are typed, and the form says why', async () => {
    const adapter = new MemoryAdapter();
    const editor = await editorFixture({ adapter });
    await editor.showCreateForm();
    await sendKeys({ type: 'Typed audience' });
    await click(inPanel(editor, '#audience-tags')!.closest('label')!);
    // Publishing with no tag puts the focus in the tag box.
    await click(inPanel(editor, '#publish')!);
    await waitUntil(() => deepActiveElement() === inPanel(editor, '#audience-tag-input'), 'the tag box did not get the focus');
    expect(inPanel(editor, '#audience-error')!.textContent).to.equal('Choose at least one tag.');
    await sendKeys({ type: 'business' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'private' });
    await sendKeys({ press: 'Enter' });
    expect(panelOpen(editor), 'Enter in the tag box does not publish').to.be.true;
    expect(chips(panelOf(editor).shadowRoot!)).to.deep.equal(['business', 'private']);
    inPanel(editor, 'button[aria-label="Remove private"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement() === inPanel(editor, '#audience-tag-input'), 'the focus was lost with the chip');
    expect(chips(panelOf(editor).shadowRoot!)).to.deep.equal(['business']);
    await click(inPanel(editor, '#audience-clients')!.closest('label')!);
    expect(inPanel(editor, '#audience-client-input-hint')!.textContent).to.contain('the portal must provide a client directory');
    await click(inPanel(editor, '#audience-tags')!.closest('label')!);
    await click(inPanel(editor, '#publish')!);
    await waitUntil(() => !panelOpen(editor), 'not published');
    expect((await adapter.list())[0].audience).to.deep.equal({ kind: 'tags', tags: ['business'] });
  });

  async function openEverything(lang: string, dir: string): Promise<AnnouncementEditor> {
    const editor = await editorFixture({ adapter: new MemoryAdapter(), lang });
    editor.setAttribute('dir', dir);
    configureAnnouncements({ clientDirectory: testDirectory().directory });
    await editor.showCreateForm();
    await sendKeys({ type: 'All open' });
    await click(inPanel(editor, '[part~="add-language-button"]')!);
    await click(inPanel(editor, '#dismissal-never')!.closest('label')!);
    await click(inPanel(editor, '#publish')!);
    await waitUntil(() => inPanel(editor, '#dismissal-error'));
    await click(inPanel(editor, '#audience-clients')!.closest('label')!);
    inCombobox(editor, '#search')!.focus();
    await sendKeys({ type: 'c-' });
    await waitUntil(() => inCombobox(editor, '#search')!.getAttribute('aria-expanded') === 'true');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'c-' });
    await waitUntil(() => inCombobox(editor, '#search')!.getAttribute('aria-expanded') === 'true');
    return editor;
  }

  it('is accessible with every section open', async () => {
    const editor = await openEverything('en', 'ltr');
    await expectAccessible(inPanel(editor, 'dialog')!);
  });

  it('is accessible in German, right to left, with the results below the box', async () => {
    const editor = await openEverything('de', 'rtl');
    expect(inPanel(editor, 'legend')!.closest('dialog')!.getAttribute('dir')).to.equal('rtl');
    expect(inCombobox(editor, '[role="status"]')!.textContent!.trim()).to.equal('2 gefunden');
    const box = inCombobox(editor, '#search')!.getBoundingClientRect();
    const list = inCombobox(editor, '[role="listbox"]')!.getBoundingClientRect();
    expect(list.top).to.be.at.least(box.bottom);
    expectStatusUncovered(editor);
    await expectAccessible(inPanel(editor, 'dialog')!);
  });
});
