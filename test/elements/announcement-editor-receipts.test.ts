import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import { configureAnnouncements } from '../../src/configure.js';
import type { AnnouncementEditor } from '../../src/elements/announcement-editor/announcement-editor.js';
import type { DirectoryClient } from '../../src/model/directory.js';
import { $, click, deepActiveElement, editorFixture, inPanel, record, waitUntil } from './editor/editor-fixture.js';
import { expectAccessible } from '../helpers/axe.js';

const CLIENTS: DirectoryClient[] = [
  { id: 'c-1', name: 'Müller GmbH', tags: ['business'] },
  { id: 'c-2', name: 'Mustermann KG', tags: ['business'] },
  { id: 'c-3', name: 'Anna Schmidt', tags: ['private'] },
];

const announcement = record({ id: 'vat', title: 'New deadline for advance VAT returns' });

/** Two clients saw it, one of them opened it; someone else's browser counts once. */
async function adapterWithReceipts(clients?: DirectoryClient[]): Promise<MemoryAdapter> {
  const adapter = new MemoryAdapter([announcement], { clients });
  const { revisedAt } = announcement;
  await adapter.recordReceipts!([{ id: 'vat', revisedAt, kind: 'seen' }], { user: 'c-1' });
  await adapter.recordReceipts!([{ id: 'vat', revisedAt, kind: 'seen' }], { user: 'c-1' });
  await adapter.recordReceipts!([{ id: 'vat', revisedAt, kind: 'opened' }], { user: 'c-2' });
  return adapter;
}

const receiptsOf = (editor: AnnouncementEditor) => $(editor, 'announcement-editor-receipts')!;
const receiptsText = (editor: AnnouncementEditor) => receiptsOf(editor).shadowRoot!.querySelector('[part="receipts"]')?.textContent?.trim();

describe('<announcement-editor> read receipts', () => {
  it('shows per announcement how many of its audience saw and opened it, and who has not opened it', async () => {
    const editor = await editorFixture({ adapter: await adapterWithReceipts(CLIENTS) });
    configureAnnouncements({ clientDirectory: { search: async () => [], byIds: async (ids) => CLIENTS.filter((client) => ids.includes(client.id)) } });
    await waitUntil(() => receiptsText(editor), 'no receipts shown');
    expect(receiptsText(editor)).to.equal('Seen by 2 of 3 · opened by 1');
    const summary = receiptsOf(editor).shadowRoot!.querySelector<HTMLElement>('summary')!;
    expect(summary.textContent).to.equal('Not opened yet (2)');
    summary.focus();
    await sendKeys({ press: 'Enter' });
    const names = () => [...receiptsOf(editor).shadowRoot!.querySelectorAll('li')].map((item) => item.textContent);
    await waitUntil(() => names().includes('Müller GmbH'), 'no names from the directory');
    expect(names()).to.deep.equal(['Müller GmbH', 'Anna Schmidt']);
    expect(deepActiveElement()).to.equal(summary);
    await expectAccessible(editor.shadowRoot!.querySelector('section')!);
  });

  it('counts without a total when the source does not know the clients, and lists no one', async () => {
    const editor = await editorFixture({ adapter: await adapterWithReceipts(), lang: 'de' });
    await waitUntil(() => receiptsText(editor), 'no receipts shown');
    expect(receiptsText(editor)).to.equal('Gesehen: 2 · geöffnet: 1');
    expect(receiptsOf(editor).shadowRoot!.querySelector('details')).to.equal(null);
  });

  it('says it in German with the audience size, and counts again after a re-notifying edit', async () => {
    const adapter = await adapterWithReceipts(CLIENTS);
    const editor = await editorFixture({ adapter, lang: 'de' });
    await waitUntil(() => receiptsText(editor));
    expect(receiptsText(editor)).to.equal('Gesehen: 2 von 3 · geöffnet: 1');
    expect(receiptsOf(editor).shadowRoot!.querySelector('summary')!.textContent).to.equal('Noch nicht geöffnet (2)');
    await adapter.update('vat', { title: 'New deadline for advance VAT returns: 10 March' }, { notify: true });
    await waitUntil(() => receiptsText(editor) === 'Gesehen: 0 von 3 · geöffnet: 0', 'the new revision was not counted afresh');
  });

  it('never records a receipt from the editor’s preview', async () => {
    const adapter = await adapterWithReceipts(CLIENTS);
    const recorded: unknown[] = [];
    const original = adapter.recordReceipts!;
    const spy: typeof original = async (receipts, options) => {
      recorded.push(receipts);
      return original(receipts, options);
    };
    Object.defineProperty(adapter, 'recordReceipts', { value: spy });
    const editor = await editorFixture({ adapter });
    await editor.showEditForm('vat');
    inPanel(editor, '#tab-write')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    const preview = inPanel(editor, 'announcement-editor-preview')!;
    await waitUntil(() => preview.shadowRoot?.querySelector('announcement-banner')?.shadowRoot?.querySelector('[part="base"]'), 'no preview banner');
    await click(preview.shadowRoot!.querySelector('#open-full-message')!);
    await new Promise((resolve) => setTimeout(resolve, 500));
    window.dispatchEvent(new Event('pagehide'));
    expect(recorded).to.deep.equal([]);
    expect((await adapter.receiptSummary!('vat')).seen).to.equal(2);
  });

  it('shows nothing about receipts when the source keeps none', async () => {
    const source = new MemoryAdapter([announcement]);
    const editor = await editorFixture({ adapter: { list: () => source.list() } });
    expect(editor.shadowRoot!.querySelector('.row')).to.not.equal(null);
    expect($(editor, 'announcement-editor-receipts')).to.equal(null);
  });
});
