import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import type { AnnouncementAdapter } from '../../src/adapters/types.js';
import type { AnnouncementPublishEvent } from '../../src/events/announcement-events.js';
import type { AnnouncementEditor } from '../../src/elements/announcement-editor/announcement-editor.js';
import {
  $,
  $$,
  click,
  deepActiveElement,
  editorFixture,
  inPanel,
  panelOf,
  panelOpen,
  record,
  waitUntil,
  focusPage,
} from './editor/editor-fixture.js';
import { expectAccessible } from '../helpers/axe.js';

const future = new Date(Date.now() + 30 * 86_400_000).toISOString();
const past = new Date(Date.now() - 86_400_000).toISOString();

const threeAnnouncements = () =>
  new MemoryAdapter([
    record({ id: 'active', title: 'Office closed on Friday', expiresAt: future, revisedAt: '2026-01-03T00:00:00Z' }),
    record({ id: 'scheduled', title: 'New upload portal', publishAt: future, revisedAt: '2026-01-02T00:00:00Z' }),
    record({ id: 'expired', title: 'Tax deadline', expiresAt: past, revisedAt: '2026-01-01T00:00:00Z' }),
  ]);

const rowTexts = (editor: AnnouncementEditor) => $$(editor, '[part~="row"]').map((row) => row.textContent!.replace(/\s+/g, ' ').trim());

describe('<announcement-editor> section', () => {
  it('lists every announcement with its status, end date and named edit and delete buttons', async () => {
    const editor = await editorFixture({ adapter: threeAnnouncements() });
    expect($(editor, 'h2')!.textContent).to.equal('Client portal announcements');
    expect($(editor, '#create')!.textContent!.trim()).to.equal('Create announcement');
    const rows = rowTexts(editor);
    expect(rows).to.have.length(3);
    expect(rows[0]).to.contain('Office closed on Friday').and.contain('Active').and.contain('Visible until');
    expect(rows[1]).to.contain('New upload portal').and.contain('Scheduled').and.contain('No end date');
    expect(rows[2]).to.contain('Tax deadline').and.contain('Expired');
    expect($(editor, '[data-edit="active"]')!.getAttribute('aria-label')).to.equal('Edit Office closed on Friday');
    expect($(editor, '[data-delete="active"]')!.getAttribute('aria-label')).to.equal('Delete Office closed on Friday');
    await expectAccessible(editor);
  });

  it('invites the first announcement when there is none', async () => {
    const editor = await editorFixture({ adapter: new MemoryAdapter() });
    expect($(editor, '[part~="empty"]')!.textContent).to.contain('No announcements').and.contain('Create your first announcement');
    await expectAccessible(editor);
  });

  it('shows loading, then an error with a retry that loads the list', async () => {
    let failures = 1;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const inner = new MemoryAdapter([record({ id: 'a', title: 'Back again' })]);
    const adapter: AnnouncementAdapter = {
      async list() {
        await gate;
        if (failures-- > 0) throw new Error('server down');
        return inner.list();
      },
    };
    const { fixture, html } = await import('@open-wc/testing');
    const editor = await fixture<AnnouncementEditor>(html`<announcement-editor .adapter=${adapter} .user=${crypto.randomUUID()}></announcement-editor>`);
    expect($(editor, '[part~="loading"]')!.textContent).to.contain('Loading announcements');
    release();
    await waitUntil(() => $(editor, '[part~="error"]'), 'no error state');
    expect($(editor, '[part~="error"]')!.textContent).to.contain('could not be loaded');
    await click($(editor, '[part~="error"] button')!);
    await waitUntil(() => rowTexts(editor).length === 1, 'the retry did not load the list');
  });

  it('says when the adapter is read-only and disables every change', async () => {
    const inner = new MemoryAdapter([record({ id: 'a', title: 'Read only' })]);
    const editor = await editorFixture({ adapter: { list: () => inner.list() } });
    expect($(editor, '[part~="read-only-notice"]')!.textContent).to.contain('read-only');
    expect(($(editor, '#create') as HTMLButtonElement).disabled).to.be.true;
    expect(($(editor, '[data-edit="a"]') as HTMLButtonElement).disabled).to.be.true;
    expect(($(editor, '[data-delete="a"]') as HTMLButtonElement).disabled).to.be.true;
    await expectAccessible(editor);
  });

  it('speaks German with the glossary terms', async () => {
    const editor = await editorFixture({ adapter: threeAnnouncements(), lang: 'de' });
    expect($(editor, 'h2')!.textContent).to.equal('Ankündigungen im Mandantenportal');
    expect($(editor, '#create')!.textContent!.trim()).to.equal('Ankündigung erstellen');
    expect(rowTexts(editor)[0]).to.contain('Aktiv').and.contain('Sichtbar bis');
    expect($(editor, '[data-delete="active"]')!.getAttribute('aria-label')).to.equal('Office closed on Friday löschen');
    await click($(editor, '#create')!);
    await waitUntil(() => panelOpen(editor));
    expect(inPanel(editor, '#panel-heading')!.textContent).to.equal('Ankündigung erstellen');
    expect(inPanel(editor, 'label[for="title"]')!.textContent).to.equal('Titel');
    expect(inPanel(editor, 'label[for="body"]')!.textContent).to.equal('Beschreibung');
    expect(inPanel(editor, 'label[for="expires"]')!.textContent).to.equal('Ankündigung entfernen nach');
    expect(inPanel(editor, '#publish')!.textContent!.trim()).to.equal('Veröffentlichen');
    expect(inPanel(editor, '#cancel')!.textContent!.trim()).to.equal('Abbrechen');
  });
});

describe('<announcement-editor> create and edit', () => {
  it('creates an announcement by keyboard alone', async () => {
    const adapter = new MemoryAdapter();
    const editor = await editorFixture({ adapter });
    await focusPage(editor);
    $(editor, '#create')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => panelOpen(editor), 'the panel did not open');
    expect(inPanel(editor, '#panel-heading')!.textContent).to.equal('Create announcement');
    expect(deepActiveElement()).to.equal(inPanel(editor, '#title'));
    await sendKeys({ type: 'Office closed on Friday' });
    // Tab order: title, severity (one stop for the group), Write tab, formatting toolbar, then the description.
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(inPanel(editor, '#severity-info'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(inPanel(editor, '#body'));
    await sendKeys({ type: 'We are closed for the holiday.' });
    const published = oneEvent(editor, 'announcement-publish') as Promise<AnnouncementPublishEvent>;
    inPanel(editor, '#title')!.focus();
    await sendKeys({ press: 'Enter' });
    const event = await published;
    expect(event.created).to.be.true;
    expect(event.announcement.title).to.equal('Office closed on Friday');
    expect(event.announcement.body).to.equal('We are closed for the holiday.');
    await waitUntil(() => !panelOpen(editor), 'the panel stayed open');
    await waitUntil(() => $(editor, '[part~="status"]')!.textContent === 'Announcement published');
    expect((await adapter.list()).map((a) => a.title)).to.deep.equal(['Office closed on Friday']);
    await waitUntil(() => deepActiveElement() === $(editor, `[data-edit="${event.announcement.id}"]`), 'focus did not return to the row');
  });

  it('edits with the pencil by pointer, and a silent fix keeps the revision', async () => {
    const adapter = new MemoryAdapter([record({ id: 'a', title: 'Offise closed', body: 'Text' })]);
    const editor = await editorFixture({ adapter });
    await click($(editor, '[data-edit="a"]')!);
    await waitUntil(() => panelOpen(editor));
    expect(inPanel(editor, '#panel-heading')!.textContent).to.equal('Edit announcement');
    const title = inPanel<HTMLInputElement>(editor, '#title')!;
    expect(title.value).to.equal('Offise closed');
    const notify = inPanel<HTMLInputElement>(editor, '#notify')!;
    expect(notify.checked).to.be.true;
    await click(notify);
    expect(notify.checked).to.be.false;
    await click(title);
    title.select();
    await sendKeys({ type: 'Office closed' });
    const published = oneEvent(editor, 'announcement-publish') as Promise<AnnouncementPublishEvent>;
    await click(inPanel(editor, '#publish')!);
    const event = await published;
    expect(event.created).to.be.false;
    const [stored] = await adapter.list();
    expect(stored.title).to.equal('Office closed');
    expect(stored.revisedAt).to.equal('2026-01-01T08:00:00.000Z');
    expect(stored.version).to.not.equal('v1');
    await waitUntil(() => $(editor, '[part~="status"]')!.textContent === 'Announcement updated');
    await waitUntil(() => deepActiveElement() === $(editor, '[data-edit="a"]'), 'focus did not return to the row');
  });

  it('re-notifies clients by default when an edit is published', async () => {
    const adapter = new MemoryAdapter([record({ id: 'a', title: 'Old news' })]);
    const editor = await editorFixture({ adapter });
    await editor.showEditForm('a');
    inPanel(editor, '#title')!.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' (updated)' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !panelOpen(editor));
    const [stored] = await adapter.list();
    expect(stored.title).to.equal('Old news (updated)');
    expect(Date.parse(stored.revisedAt)).to.be.greaterThan(Date.parse('2026-01-01T08:00:00Z'));
  });

  it('is accessible with the panel open', async () => {
    const editor = await editorFixture({ adapter: threeAnnouncements() });
    await editor.showEditForm('active');
    await expectAccessible(panelOf(editor).shadowRoot!.querySelector('dialog')!);
  });
});
