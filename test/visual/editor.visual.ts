import { html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import type { AnnouncementInput } from '../../src/model/announcement.js';
import { AdapterUnavailableError } from '../../src/model/errors.js';
import '../../src/elements/announcement-editor/announcement-editor.js';
import type { AnnouncementEditor } from '../../src/elements/announcement-editor/announcement-editor.js';
import { mount } from '../helpers/mount.js';
import { click, confirmationOf, inPanel, panelOf, waitUntil } from '../elements/editor/editor-fixture.js';
import { applyLook, expectLook, LOOKS, resetLook, type Look } from './look.js';
import { sampleAnnouncements } from './sample-announcements.js';

class UnreachableAdapter extends MemoryAdapter {
  override async create(_input: AnnouncementInput): Promise<never> {
    throw new AdapterUnavailableError('connection refused');
  }
}

async function editorWith(adapter: MemoryAdapter): Promise<AnnouncementEditor> {
  const editor = await mount<AnnouncementEditor>(html`<announcement-editor .adapter=${adapter} .user=${crypto.randomUUID()} time-zone="Europe/Berlin"></announcement-editor>`);
  await waitUntil(() => !editor.shadowRoot!.querySelector('[part~="loading"]'), 'the list did not load');
  return editor;
}

const dialogOf = (editor: AnnouncementEditor) => inPanel(editor, 'dialog')!;

async function typeTitle(editor: AnnouncementEditor, title: string): Promise<void> {
  const input = inPanel<HTMLInputElement>(editor, '#title')!;
  input.value = title;
  input.dispatchEvent(new Event('input'));
  await panelOf(editor).updateComplete;
}

describe('the editor looks as designed', () => {
  afterEach(resetLook);

  for (const [name, look] of Object.entries(LOOKS) as Array<[string, Look]>) {
    it(`list, ${name}`, async () => {
      await applyLook(look);
      const editor = await editorWith(new MemoryAdapter(sampleAnnouncements()));
      await expectLook(editor, `editor-list-${name}`);
    });

    it(`form, ${name}`, async () => {
      await applyLook(look);
      const editor = await editorWith(new MemoryAdapter(sampleAnnouncements()));
      await editor.showEditForm('closed');
      await expectLook(dialogOf(editor), `editor-form-${name}`);
    });
  }

  for (const [name, look] of Object.entries({ light: LOOKS.light, forced: LOOKS.forced })) {
    it(`form with errors, ${name}`, async () => {
      await applyLook(look);
      const editor = await editorWith(new MemoryAdapter());
      await editor.showCreateForm();
      await click(inPanel(editor, '#publish')!);
      await waitUntil(() => inPanel(editor, '#title-error'));
      await expectLook(dialogOf(editor), `editor-form-errors-${name}`);
    });
  }

  for (const [name, look] of Object.entries({ light: LOOKS.light, dark: LOOKS.dark })) {
    it(`preview with the client banner, ${name}`, async () => {
      await applyLook(look);
      const editor = await editorWith(new MemoryAdapter(sampleAnnouncements()));
      await editor.showEditForm('vat');
      await click(inPanel(editor, '#tab-preview')!);
      const preview = inPanel(editor, 'announcement-editor-preview')!;
      await waitUntil(() => preview.shadowRoot?.querySelector('announcement-banner')?.shadowRoot?.querySelector('[part="base"]'));
      await waitUntil(() => inPanel(editor, '#preview-content table'));
      await expectLook(dialogOf(editor), `editor-preview-${name}`);
    });
  }

  for (const [name, look] of Object.entries({ light: LOOKS.light, german: LOOKS.german, rtl: LOOKS.rtl })) {
    it(`languages, audience and dismissal, ${name}`, async () => {
      await applyLook(look);
      const editor = await editorWith(new MemoryAdapter(sampleAnnouncements()));
      await editor.showCreateForm();
      await typeTitle(editor, 'New deadline for advance VAT returns');
      await click(inPanel(editor, '[part~="add-language-button"]')!);
      await click(inPanel(editor, '#audience-tags')!.closest('label')!);
      const tag = inPanel<HTMLInputElement>(editor, '#audience-tag-input')!;
      tag.focus();
      await sendKeys({ type: 'business' });
      await sendKeys({ press: 'Enter' });
      await click(inPanel(editor, '#dismissal-never')!.closest('label')!);
      await click(inPanel(editor, '#publish')!);
      await waitUntil(() => inPanel(editor, '#dismissal-error'));
      if (name === 'light') {
        inPanel(editor, '[part~="languages"]')!.scrollIntoView({ block: 'start' });
        await new Promise((resolve) => setTimeout(resolve, 100));
        await expectLook(dialogOf(editor), 'editor-languages-light');
      }
      inPanel(editor, '[part~="audience-field"]')!.scrollIntoView({ block: 'start' });
      await new Promise((resolve) => setTimeout(resolve, 100));
      await expectLook(dialogOf(editor), `editor-reach-${name}`);
    });
  }

  it('publish failure next to Publish', async () => {
    await applyLook({});
    const editor = await editorWith(new UnreachableAdapter());
    await editor.showCreateForm();
    await typeTitle(editor, 'Server maintenance on Sunday');
    await click(inPanel(editor, '#publish')!);
    await waitUntil(() => inPanel(editor, '[part~="failure"]'));
    await expectLook(dialogOf(editor), 'editor-publish-failure');
  });

  for (const [name, look] of Object.entries({ light: LOOKS.light, german: LOOKS.german, phone: LOOKS.phone })) {
    it(`conflict, ${name}`, async () => {
      await applyLook(look);
      const adapter = new MemoryAdapter(sampleAnnouncements());
      const editor = await editorWith(adapter);
      await editor.showEditForm('closed');
      inPanel(editor, '#body')!.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ type: ' Urgent matters: call 030 1234567.' });
      const [current] = (await adapter.list()).filter((announcement) => announcement.id === 'closed');
      await adapter.update('closed', { ...current, title: 'Office closed on Friday and Monday', body: 'We are back on **Tuesday**.' }, { expectedVersion: current.version });
      await waitUntil(() => inPanel(editor, '[part~="conflict"]'));
      inPanel<HTMLDetailsElement>(editor, '[part~="their-version"]')!.open = true;
      await new Promise((resolve) => setTimeout(resolve, 100));
      await expectLook(dialogOf(editor), `editor-conflict-${name}`);
    });

    it(`delete confirmation, ${name}`, async () => {
      await applyLook(look);
      const editor = await editorWith(new MemoryAdapter(sampleAnnouncements()));
      await editor.showDeleteConfirmation('portal');
      await waitUntil(() => confirmationOf(editor).shadowRoot!.querySelector('dialog')!.open);
      await new Promise((resolve) => setTimeout(resolve, 100));
      await expectLook(document.body, `editor-delete-${name}`);
    });
  }
});
