import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LocalAdapter } from '../../src/adapters/local-adapter.js';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import type { AnnouncementInput } from '../../src/model/announcement.js';
import { ConflictError } from '../../src/model/errors.js';
import type { UpdateOptions } from '../../src/adapters/types.js';
import { DRAFT_DATABASE, DRAFT_STORE } from '../../src/elements/announcement-editor/draft-store.js';
import { createSafeStore } from '../../src/internal/storage/safe-store.js';
import { deleteDatabase, uniqueName } from '../support/faults.js';
import { expectAccessible } from '../helpers/axe.js';
import { $, click, deepActiveElement, editorFixture, inPanel, panelOpen, waitUntil } from './editor/editor-fixture.js';

const theirEdit = (input: Partial<AnnouncementInput> & { title: string }) => ({ body: '', severity: 'info', publishAt: null, expiresAt: null, ...input }) as AnnouncementInput;

describe('<announcement-editor> when someone else edits the same announcement', () => {
  let name: string;
  let user: string;
  beforeEach(() => {
    name = uniqueName('editor-conflict');
    user = crypto.randomUUID();
  });
  afterEach(async () => {
    fixtureCleanup();
    await deleteDatabase(`portal-announcements-${name}`);
  });

  it('warns while the author types, without taking the focus, and "Use theirs" takes their version', async () => {
    const adapter = new MemoryAdapter();
    const original = await adapter.create({ title: 'Opening hours', body: 'Mon-Fri 9-17' });
    const editor = await editorFixture({ adapter, user });
    await editor.showEditForm(original.id);
    const body = inPanel<HTMLTextAreaElement>(editor, '#body')!;
    body.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ', Sat 9-12' });
    expect(inPanel(editor, '[part~="conflict"]')).to.equal(null);

    await adapter.update(original.id, theirEdit({ title: 'Opening hours', body: 'Mon-Thu **9-17**', severity: 'warning' }), { expectedVersion: original.version });
    await waitUntil(() => inPanel(editor, '[part~="conflict"]'), 'no warning while editing');
    expect(deepActiveElement()).to.equal(body);
    const conflict = inPanel(editor, '[part~="conflict"]')!;
    expect(conflict.textContent).to.contain('Someone else changed this announcement while you were editing.');
    expect(conflict.textContent).to.contain('Different from yours: Severity, Description.');
    // Their description as clients read it, not as typed.
    await click(conflict.querySelector('summary')!);
    await waitUntil(() => conflict.querySelector('.their-version strong'), 'their version is not rendered');
    expect(conflict.querySelector('.their-version strong')!.textContent).to.equal('9-17');
    await expectAccessible(inPanel(editor, 'dialog')!);

    await click(inPanel(editor, '#use-theirs')!);
    await waitUntil(() => !inPanel(editor, '[part~="conflict"]'));
    expect(body.value).to.equal('Mon-Thu **9-17**');
    expect(inPanel<HTMLInputElement>(editor, '#severity-warning')!.checked).to.be.true;
    expect(deepActiveElement()).to.equal(inPanel(editor, '#title'));
    await click(inPanel(editor, '#publish')!);
    await waitUntil(() => !panelOpen(editor), 'publishing on their version failed');
    expect((await adapter.list())[0].body).to.equal('Mon-Thu **9-17**');
  });

  it('"Keep mine" re-applies a draft restored after a colleague\'s edit on their version, field by field', async () => {
    const adapter = new LocalAdapter({ name });
    const original = await adapter.create({ title: 'Opening hours', body: 'Mon-Fri 9-17' });
    let editor = await editorFixture({ adapter, user });
    await editor.showEditForm(original.id);
    inPanel(editor, '#body')!.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ', Sat 9-12' });
    window.dispatchEvent(new Event('pagehide'));
    const drafts = createSafeStore(DRAFT_DATABASE, DRAFT_STORE);
    await waitUntil(async () => (await drafts.keys()).some((key) => key.startsWith(`${user}|`)), 'the draft was not saved');
    fixtureCleanup();

    // Meanwhile, a colleague in another tab renames it.
    const colleague = new LocalAdapter({ name });
    await colleague.update(original.id, theirEdit({ title: 'Opening hours (summer)', body: 'Mon-Fri 9-17' }));

    editor = await editorFixture({ adapter: new LocalAdapter({ name }), user });
    await waitUntil(() => $(editor, `[data-edit="${original.id}"]`));
    await click($(editor, `[data-edit="${original.id}"]`)!);
    await waitUntil(() => panelOpen(editor));
    // Said at once, not after a refused Publish.
    await waitUntil(() => inPanel(editor, '[part~="conflict"]'), 'the restored draft is not flagged');
    expect(inPanel(editor, '[part~="conflict"]')!.textContent).to.contain('Different from yours: Title, Description.');

    await click(inPanel(editor, '#keep-mine')!);
    await waitUntil(() => !inPanel(editor, '[part~="conflict"]'));
    // Their new title stays (the author never touched it); the author's description wins.
    expect(inPanel<HTMLInputElement>(editor, '#title')!.value).to.equal('Opening hours (summer)');
    expect(inPanel<HTMLTextAreaElement>(editor, '#body')!.value).to.equal('Mon-Fri 9-17, Sat 9-12');
    expect(deepActiveElement()).to.equal(inPanel(editor, '#publish'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !panelOpen(editor), 'the re-applied edit was refused');
    const [stored] = await colleague.list();
    expect([stored.title, stored.body]).to.deep.equal(['Opening hours (summer)', 'Mon-Fri 9-17, Sat 9-12']);
  });

  it('after a refused Publish, says so next to it and moves the focus to the choice', async () => {
    class StaleAdapter extends MemoryAdapter {
      refuse = true;
      override async update(id: string, input: AnnouncementInput, options?: UpdateOptions) {
        if (!this.refuse) return super.update(id, input, options);
        this.refuse = false;
        // The source saw a newer write the feed has not heard of yet.
        const current = await super.update(id, theirEdit({ title: 'Renamed elsewhere' }), { expectedVersion: options?.expectedVersion });
        throw new ConflictError(id, current);
      }
    }
    const adapter = new StaleAdapter();
    const original = await adapter.create({ title: 'Draft title' });
    const editor = await editorFixture({ adapter, user });
    await editor.showEditForm(original.id);
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' v2' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement() === inPanel(editor, '[part~="conflict"]'), 'the focus did not move to the choice');
    expect(inPanel(editor, '[part~="actions"] [part~="failure"]')!.textContent).to.contain('changed by someone else');
    await click(inPanel(editor, '#keep-mine')!);
    expect(inPanel(editor, '[part~="failure"]')).to.equal(null);
    await click(inPanel(editor, '#publish')!);
    await waitUntil(() => !panelOpen(editor));
    expect((await adapter.list())[0].title).to.equal('Draft title v2');
  });
});
