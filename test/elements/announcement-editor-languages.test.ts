import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import { configureAnnouncements } from '../../src/configure.js';
import { click, dayFromToday, deepActiveElement, editorFixture, inPanel, panelOf, panelOpen, pickValue, record, waitUntil } from './editor/editor-fixture.js';
import { expectAccessible } from '../helpers/axe.js';

const typeInto = (element: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  element.value = value;
  element.dispatchEvent(new Event('input'));
};

describe('<announcement-editor> languages', () => {
  it('adds a German variant with the keyboard and publishes both texts', async () => {
    const adapter = new MemoryAdapter();
    const editor = await editorFixture({ adapter });
    await editor.showCreateForm();
    await sendKeys({ type: 'New deadline for advance VAT returns' });
    // The text is taken to be in the editor's language.
    expect(inPanel<HTMLSelectElement>(editor, '#language')!.value).to.equal('en');
    const add = inPanel(editor, '#add-language-de')!;
    expect(add.getAttribute('aria-label')).to.equal('Add German');
    add.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement() === inPanel(editor, '#variant-0-title'), 'the new title did not get the focus');
    await sendKeys({ type: 'Neue Frist für Umsatzsteuer-Voranmeldungen' });
    expect(inPanel(editor, '#add-language-de'), 'German can be added once').to.equal(null);
    inPanel(editor, '#variant-0-body')!.focus();
    await sendKeys({ type: 'Bitte **bis zum 10.** einreichen.' });
    await click(inPanel(editor, '#publish')!);
    await waitUntil(() => !panelOpen(editor), 'not published');
    const [stored] = await adapter.list();
    expect(stored.language).to.equal('en');
    expect(stored.variants).to.deep.equal([{ language: 'de', title: 'Neue Frist für Umsatzsteuer-Voranmeldungen', body: 'Bitte **bis zum 10.** einreichen.' }]);
  });

  it('previews each variant in its own language', async () => {
    const editor = await editorFixture({ adapter: new MemoryAdapter() });
    await editor.showCreateForm();
    await sendKeys({ type: 'Office closed' });
    await click(inPanel(editor, '#add-language-de')!);
    typeInto(inPanel(editor, '#variant-0-title')!, 'Büro geschlossen');
    typeInto(inPanel(editor, '#variant-0-body')!, 'Am **Freitag** geschlossen.');
    await panelOf(editor).updateComplete;
    inPanel(editor, '#variant-0-tab-write')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => inPanel(editor, '#variant-0-preview-content strong'), 'no preview of the variant');
    const preview = inPanel(editor, '#variant-0-preview-content')!;
    expect(preview.getAttribute('lang')).to.equal('de');
    expect(preview.textContent).to.contain('Am Freitag geschlossen.');
    // The default text keeps its own Write tab.
    expect(inPanel(editor, '#tab-write')!.getAttribute('aria-selected')).to.equal('true');
    expect(deepActiveElement()).to.equal(inPanel(editor, '#variant-0-tab-preview'));
  });

  it('shows each variant field its own error and focuses the first invalid one', async () => {
    const adapter = new MemoryAdapter();
    const editor = await editorFixture({ adapter });
    await editor.showCreateForm();
    await sendKeys({ type: 'Holiday hours' });
    await click(inPanel(editor, '#add-language-de')!);
    typeInto(inPanel(editor, '#variant-0-body')!, 'x'.repeat(20_001));
    await click(inPanel(editor, '#publish')!);
    await waitUntil(() => inPanel(editor, '#variant-0-title-error'), 'no error at the variant title');
    expect(inPanel(editor, '#variant-0-title-error')!.textContent).to.equal('Enter a title.');
    expect(inPanel(editor, '#variant-0-body-error')!.textContent).to.contain('at most 20,000 characters');
    expect(inPanel(editor, '#variant-0-title')!.getAttribute('aria-describedby')).to.contain('variant-0-title-error');
    expect(deepActiveElement()).to.equal(inPanel(editor, '#variant-0-title'));
    await sendKeys({ type: 'Öffnungszeiten' });
    // The description is next.
    await click(inPanel(editor, '#publish')!);
    await waitUntil(() => deepActiveElement() === inPanel(editor, '#variant-0-body'), 'the description did not get the focus');
    expect(inPanel(editor, '#variant-0-title-error')).to.equal(null);
    expect(await adapter.list()).to.deep.equal([]);
  });

  it('removes a variant by a button that names its language, and offers it again', async () => {
    const adapter = new MemoryAdapter([record({ id: 'a', title: 'Closed', language: 'en', variants: [{ language: 'de', title: 'Geschlossen', body: '' }] })]);
    const editor = await editorFixture({ adapter });
    await editor.showEditForm('a');
    const remove = inPanel(editor, '#variant-0-remove')!;
    expect(remove.getAttribute('aria-label')).to.equal('Remove German');
    expect(inPanel<HTMLInputElement>(editor, '#variant-0-title')!.value).to.equal('Geschlossen');
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement() === inPanel(editor, '#add-language-de'), 'the focus was lost');
    await click(inPanel(editor, '#publish')!);
    await waitUntil(() => !panelOpen(editor));
    expect((await adapter.list())[0].variants).to.deep.equal([]);
  });

  it('offers the portal’s languages, named in German for a German editor', async () => {
    const editor = await editorFixture({ adapter: new MemoryAdapter(), lang: 'de' });
    configureAnnouncements({ languages: ['de', 'en', 'fr'] });
    await editor.showCreateForm();
    const select = inPanel<HTMLSelectElement>(editor, '#language')!;
    expect(select.value).to.equal('de');
    expect([...select.options].map((option) => option.textContent)).to.deep.equal(['Deutsch', 'Englisch', 'Französisch']);
    expect(inPanel(editor, '#add-language-en')!.getAttribute('aria-label')).to.equal('Englisch hinzufügen');
    await click(inPanel(editor, '#add-language-fr')!);
    expect(inPanel(editor, '#variant-0-remove')!.getAttribute('aria-label')).to.equal('Französisch entfernen');
    expect(inPanel(editor, 'label[for="variant-0-title"]')!.textContent).to.equal('Titel (Französisch)');
    // A language used by a variant cannot also be the default.
    expect([...select.options].map((option) => option.value)).to.deep.equal(['de', 'en']);
  });

  it('lays the variants out right to left in a right-to-left page', async () => {
    const editor = await editorFixture({ adapter: new MemoryAdapter() });
    editor.setAttribute('dir', 'rtl');
    await editor.showCreateForm();
    await click(inPanel(editor, '#add-language-de')!);
    const heading = inPanel(editor, '#variant-0-heading')!.getBoundingClientRect();
    const remove = inPanel(editor, '#variant-0-remove')!.getBoundingClientRect();
    expect(remove.right).to.be.below(heading.left);
    await expectAccessible(inPanel(editor, 'dialog')!);
  });
});

describe('<announcement-editor> drafts of the new fields', () => {
  it('keeps a variant, the audience and the dismissal across a reload', async () => {
    const adapter = new MemoryAdapter();
    const user = crypto.randomUUID();
    let editor = await editorFixture({ adapter, user });
    await editor.showCreateForm();
    await sendKeys({ type: 'Office closed' });
    await click(inPanel(editor, '#add-language-de')!);
    await sendKeys({ type: 'Büro geschlossen' });
    await click(inPanel(editor, '#audience-tags')!.closest('label')!);
    inPanel(editor, '#audience-tag-input')!.focus();
    await sendKeys({ type: 'business' });
    await sendKeys({ press: 'Enter' });
    await click(inPanel(editor, '#dismissal-once')!.closest('label')!);
    window.dispatchEvent(new Event('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 200));

    fixtureCleanup();
    editor = await editorFixture({ adapter, user });
    await editor.showCreateForm();
    expect(inPanel<HTMLInputElement>(editor, '#variant-0-title')!.value).to.equal('Büro geschlossen');
    expect(inPanel<HTMLInputElement>(editor, '#audience-tags')!.checked).to.be.true;
    expect(inPanel<HTMLInputElement>(editor, '#dismissal-once')!.checked).to.be.true;
    await click(inPanel(editor, '#publish')!);
    await waitUntil(() => !panelOpen(editor), 'not published');
    const [stored] = await adapter.list();
    expect(stored.variants.map((variant) => variant.title)).to.deep.equal(['Büro geschlossen']);
    expect(stored.audience).to.deep.equal({ kind: 'tags', tags: ['business'] });
    expect(stored.dismissal).to.equal('once');
  });
});

describe('<announcement-editor> dismissal', () => {
  it('chooses "Not at all" with the arrow keys and asks for an end date or a confirmation', async () => {
    const adapter = new MemoryAdapter();
    const editor = await editorFixture({ adapter });
    await editor.showCreateForm();
    await sendKeys({ type: 'Outage tonight' });
    const session = inPanel<HTMLInputElement>(editor, '#dismissal-session')!;
    expect(session.checked, 'until the next login is the default').to.be.true;
    expect(inPanel(editor, `#${session.getAttribute('aria-describedby')}`)!.textContent).to.contain('until the client signs in again');
    session.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(inPanel<HTMLInputElement>(editor, '#dismissal-never')!.checked).to.be.true;
    await panelOf(editor).updateComplete;
    await click(inPanel(editor, '#publish')!);
    const keep = inPanel<HTMLInputElement>(editor, '#keep-until-deleted')!;
    await waitUntil(() => deepActiveElement() === keep, 'the confirmation did not get the focus');
    expect(inPanel(editor, '#dismissal-error')!.textContent).to.contain('Remove announcement after');
    expect(keep.getAttribute('aria-invalid')).to.equal('true');
    expect(await adapter.list()).to.deep.equal([]);
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !panelOpen(editor), 'not published after confirming');
    const [stored] = await adapter.list();
    expect(stored.dismissal).to.equal('never');
    expect(stored.expiresAt).to.equal(null);
  });

  it('takes an end date instead of the confirmation', async () => {
    const adapter = new MemoryAdapter();
    const editor = await editorFixture({ adapter, lang: 'de' });
    await editor.showCreateForm();
    await sendKeys({ type: 'Rechtlicher Hinweis' });
    await click(inPanel(editor, '#dismissal-never')!.closest('label')!);
    expect(inPanel(editor, 'label[for="keep-until-deleted"]')!.textContent).to.equal('Anzeigen, bis ich sie lösche');
    pickValue(inPanel<HTMLInputElement>(editor, '#expires')!, dayFromToday(7));
    await panelOf(editor).updateComplete;
    expect(inPanel(editor, '#keep-until-deleted')).to.equal(null);
    await click(inPanel(editor, '#publish')!);
    await waitUntil(() => !panelOpen(editor));
    expect((await adapter.list())[0].dismissal).to.equal('never');
  });
});
