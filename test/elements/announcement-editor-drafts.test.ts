import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LocalAdapter } from '../../src/adapters/local-adapter.js';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import type { AnnouncementInput } from '../../src/model/announcement.js';
import { AdapterUnavailableError } from '../../src/model/errors.js';
import { DRAFT_DATABASE, DRAFT_STORE } from '../../src/elements/announcement-editor/draft-store.js';
import { createSafeStore } from '../../src/internal/storage/safe-store.js';
import { deleteDatabase, uniqueName } from '../support/faults.js';
import { $, click, deepActiveElement, editorFixture, inPanel, panelOf, panelOpen, record, waitUntil } from './editor/editor-fixture.js';

/** What is on disk, read through a connection of its own as a reloaded page would. */
const storedDrafts = async (user: string) => {
  const store = createSafeStore(DRAFT_DATABASE, DRAFT_STORE);
  return (await store.keys()).filter((key) => key.startsWith(`${user}|`));
};

describe('<announcement-editor> drafts and failures', () => {
  let name: string;
  let user: string;
  beforeEach(() => {
    name = uniqueName('editor');
    user = crypto.randomUUID();
  });
  afterEach(async () => {
    fixtureCleanup();
    await deleteDatabase(`portal-announcements-${name}`);
  });

  it('keeps a new draft across a reload and publishes it with the LocalAdapter', async () => {
    let editor = await editorFixture({ adapter: new LocalAdapter({ name }), user });
    await editor.showCreateForm();
    await sendKeys({ type: 'Half-written title' });
    inPanel(editor, '#body')!.focus();
    await sendKeys({ type: 'Some text' });
    // The page is left before the typing pause ends: the draft is written at once.
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(async () => (await storedDrafts(user)).length === 1, 'the draft was not stored');

    fixtureCleanup();
    editor = await editorFixture({ adapter: new LocalAdapter({ name }), user });
    await waitUntil(() => $(editor, '[part~="draft-note"]'), 'the section does not mention the draft');
    expect($(editor, '[part~="draft-note"]')!.textContent).to.contain('unpublished draft');
    expect($(editor, '#create')!.getAttribute('aria-describedby')).to.equal('draft-note');
    await click($(editor, '#create')!);
    await waitUntil(() => panelOpen(editor));
    expect(inPanel<HTMLInputElement>(editor, '#title')!.value).to.equal('Half-written title');
    expect(inPanel<HTMLTextAreaElement>(editor, '#body')!.value).to.equal('Some text');
    expect(inPanel(editor, '#restored-notice')!.textContent).to.contain('were restored');
    await click(inPanel(editor, '#publish')!);
    await waitUntil(() => !panelOpen(editor));
    expect((await new LocalAdapter({ name }).list()).map((a) => a.title)).to.deep.equal(['Half-written title']);
    await waitUntil(async () => (await storedDrafts(user)).length === 0, 'the draft outlived publishing');
    await waitUntil(() => !$(editor, '[part~="draft-note"]'));
  });

  it('offers "Continue editing" and "Discard draft" on the notes about a kept draft', async () => {
    const editor = await editorFixture({ adapter: new MemoryAdapter([record({ id: 'a', title: 'Opening hours' })]), user });
    await editor.showCreateForm();
    await sendKeys({ type: 'Started, never published' });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => inPanel(editor, '#keep-editing'));
    await click(inPanel(editor, '#keep-editing')!);
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(async () => (await storedDrafts(user)).length === 1, 'the draft was not stored');
    inPanel<HTMLDialogElement>(editor, 'dialog')!.close();
    await waitUntil(() => $(editor, '[part~="draft-note"]'), 'the section does not mention the draft');

    // In the section: "Continue editing" opens the draft, whose panel says it was restored.
    await click($(editor, '[part~="continue-draft-button"]')!);
    await waitUntil(() => panelOpen(editor));
    expect(inPanel<HTMLInputElement>(editor, '#title')!.value).to.equal('Started, never published');
    expect(inPanel(editor, '[part~="draft-notice"]')!.classList.contains('info')).to.be.true;
    expect(inPanel(editor, '[part~="draft-notice"] svg')).to.exist;
    // In the panel: "Discard draft" empties the form and forgets the draft.
    await click(inPanel(editor, '[part~="discard-draft-button"]')!);
    await waitUntil(() => !inPanel(editor, '[part~="draft-notice"]'));
    expect(inPanel<HTMLInputElement>(editor, '#title')!.value).to.equal('');
    expect(deepActiveElement()).to.equal(inPanel(editor, '#title'));
    await waitUntil(async () => (await storedDrafts(user)).length === 0, 'the discarded draft is still stored');
    await click(inPanel(editor, '#cancel')!);
    await waitUntil(() => !panelOpen(editor));
    await waitUntil(() => !$(editor, '[part~="draft-note"]'), 'the section still mentions the discarded draft');
  });

  it('"Discard draft" in the section forgets the new draft and gives Create the focus', async () => {
    const editor = await editorFixture({ adapter: new MemoryAdapter(), user });
    await editor.showCreateForm();
    await sendKeys({ type: 'Not needed after all' });
    window.dispatchEvent(new Event('pagehide'));
    await waitUntil(async () => (await storedDrafts(user)).length === 1, 'the draft was not stored');
    inPanel<HTMLDialogElement>(editor, 'dialog')!.close();
    await waitUntil(() => $(editor, '[part~="discard-draft-button"]'));
    await click($(editor, '[part~="discard-draft-button"]')!);
    await waitUntil(() => !$(editor, '[part~="draft-note"]'));
    expect(deepActiveElement()).to.equal($(editor, '#create'));
    expect(await storedDrafts(user)).to.deep.equal([]);
  });

  it('asks before closing with unsaved changes; Escape keeps editing, Discard forgets the draft', async () => {
    const editor = await editorFixture({ adapter: new MemoryAdapter(), user });
    await click($(editor, '#create')!);
    await waitUntil(() => panelOpen(editor));
    await sendKeys({ type: 'Careful' });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => inPanel(editor, '[part~="discard-confirmation"]'), 'no question asked');
    expect(inPanel(editor, '[part~="discard-confirmation"]')!.getAttribute('role')).to.equal('alertdialog');
    expect(inPanel(editor, '#discard-heading')!.textContent).to.equal('Discard changes?');
    expect(deepActiveElement()).to.equal(inPanel(editor, '#keep-editing'));
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !inPanel(editor, '[part~="discard-confirmation"]'));
    expect(panelOpen(editor)).to.be.true;
    expect(deepActiveElement()).to.equal(inPanel(editor, '#title'));
    expect(inPanel<HTMLInputElement>(editor, '#title')!.value).to.equal('Careful');
    await click(inPanel(editor, '#cancel')!);
    await waitUntil(() => inPanel(editor, '#discard'));
    await click(inPanel(editor, '#discard')!);
    await waitUntil(() => !panelOpen(editor));
    expect(deepActiveElement()).to.equal($(editor, '#create'));
    await waitUntil(async () => (await storedDrafts(user)).length === 0, 'the discarded draft is still stored');
    await editor.showCreateForm();
    expect(inPanel<HTMLInputElement>(editor, '#title')!.value).to.equal('');
  });

  it('closes at once when nothing changed', async () => {
    const editor = await editorFixture({ adapter: new MemoryAdapter(), user });
    await click($(editor, '#create')!);
    await waitUntil(() => panelOpen(editor));
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !panelOpen(editor));
    expect(deepActiveElement()).to.equal($(editor, '#create'));
  });

  it('offers to publish as new when the announcement was deleted meanwhile', async () => {
    const adapter = new MemoryAdapter();
    const original = await adapter.create({ title: 'Gone soon' });
    const editor = await editorFixture({ adapter, user });
    await editor.showEditForm(original.id);
    await sendKeys({ press: 'Home' });
    await sendKeys({ type: 'Kept: ' });
    await adapter.remove(original.id);
    await click(inPanel(editor, '#publish')!);
    await waitUntil(() => inPanel(editor, '[part~="publish-as-new-button"]'), 'deletion not reported');
    expect(inPanel(editor, '[part~="failure"]')!.textContent).to.contain('deleted by someone else');
    await click(inPanel(editor, '[part~="publish-as-new-button"]')!);
    await waitUntil(() => !panelOpen(editor));
    const titles = (await adapter.list()).map((a) => a.title);
    expect(titles).to.deep.equal(['Kept: Gone soon']);
  });

  it('keeps the form open with a retry when the source is unavailable', async () => {
    class FlakyAdapter extends MemoryAdapter {
      failures = 1;
      override async create(input: AnnouncementInput) {
        if (this.failures-- > 0) throw new AdapterUnavailableError('network down');
        return super.create(input);
      }
    }
    const adapter = new FlakyAdapter();
    const editor = await editorFixture({ adapter, user });
    await editor.showCreateForm();
    await sendKeys({ type: 'Try me twice' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => inPanel(editor, '[part~="retry-button"]'), 'no retry offered');
    // Where the author looks: next to Publish, with the focus on it, so it is read out once.
    const failure = inPanel(editor, '[part~="failure"]')!;
    expect(failure.closest('[part~="actions"]')).to.equal(inPanel(editor, '[part~="actions"]'));
    await waitUntil(() => deepActiveElement() === failure, 'the message did not take the focus');
    expect(failure.textContent).to.contain('connection failed');
    const [message, publish] = [failure.getBoundingClientRect(), inPanel(editor, '#publish')!.getBoundingClientRect()];
    expect(message.bottom).to.be.at.most(publish.top);
    expect(message.bottom).to.be.at.most(innerHeight);
    expect(panelOpen(editor)).to.be.true;
    expect(inPanel<HTMLInputElement>(editor, '#title')!.value).to.equal('Try me twice');
    await click(inPanel(editor, '[part~="retry-button"]')!);
    await waitUntil(() => !panelOpen(editor));
    expect((await adapter.list()).map((a) => a.title)).to.deep.equal(['Try me twice']);
  });

  describe('offline', () => {
    let restore: (() => void) | undefined;
    afterEach(() => {
      restore?.();
      window.dispatchEvent(new Event('online'));
    });

    it('says so and holds Publish back until the connection returns', async () => {
      const adapter = new MemoryAdapter();
      const editor = await editorFixture({ adapter, user });
      await editor.showCreateForm();
      await sendKeys({ type: 'Written on a train' });
      // The browser's connectivity flag cannot be switched from a test page; this is the fault.
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      restore = () => delete (navigator as unknown as Record<string, unknown>).onLine;
      window.dispatchEvent(new Event('offline'));
      await waitUntil(() => inPanel(editor, '[part~="offline"]'), 'offline not reported');
      const publish = inPanel(editor, '#publish')!;
      expect(publish.getAttribute('aria-disabled')).to.equal('true');
      await click(publish);
      await panelOf(editor).updateComplete;
      expect(await adapter.list()).to.deep.equal([]);
      restore();
      restore = undefined;
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => publish.getAttribute('aria-disabled') === 'false');
      await click(publish);
      await waitUntil(() => !panelOpen(editor));
      expect((await adapter.list()).map((a) => a.title)).to.deep.equal(['Written on a train']);
    });
  });
});
