import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import { endOfDayInstant, startOfDayInstant } from '../../src/elements/announcement-editor/time-zone.js';
import { click, dayFromToday, deepActiveElement, editorFixture, inPanel, panelOf, panelOpen, pickValue, record, waitUntil } from './editor/editor-fixture.js';
import { expectAccessible } from '../helpers/axe.js';

describe('<announcement-editor> form', () => {
  it('never publishes an empty title: the error is next to the field and it gets the focus', async () => {
    const adapter = new MemoryAdapter();
    const editor = await editorFixture({ adapter });
    await editor.showCreateForm();
    await click(inPanel(editor, '#publish')!);
    const title = inPanel(editor, '#title')!;
    await waitUntil(() => inPanel(editor, '#title-error'), 'no error shown');
    expect(inPanel(editor, '#title-error')!.textContent).to.equal('Enter a title.');
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(title.getAttribute('aria-describedby')).to.contain('title-error');
    expect(deepActiveElement()).to.equal(title);
    expect(panelOpen(editor)).to.be.true;
    expect(await adapter.list()).to.deep.equal([]);
    await expectAccessible(inPanel(editor, 'dialog')!);
    // The error goes away as soon as the title is typed.
    await sendKeys({ type: 'Fixed' });
    await waitUntil(() => !inPanel(editor, '#title-error'));
  });

  it('refuses a removal date in the past and a title that is too long, focusing the first', async () => {
    const adapter = new MemoryAdapter();
    const editor = await editorFixture({ adapter });
    await editor.showCreateForm();
    const title = inPanel<HTMLInputElement>(editor, '#title')!;
    title.value = 'x'.repeat(201);
    title.dispatchEvent(new Event('input'));
    pickValue(inPanel<HTMLInputElement>(editor, '#expires')!, dayFromToday(-2));
    await panelOf(editor).updateComplete;
    expect(inPanel(editor, '#title-count')!.textContent).to.contain('201 of 200');
    await click(inPanel(editor, '#publish')!);
    await waitUntil(() => inPanel(editor, '#expires-error'));
    expect(inPanel(editor, '#title-error')!.textContent).to.contain('at most 200 characters');
    expect(inPanel(editor, '#expires-error')!.textContent).to.contain('in the past');
    expect(inPanel(editor, '#expires')!.getAttribute('aria-describedby')).to.contain('expires-error');
    expect(deepActiveElement()).to.equal(title);
    expect(await adapter.list()).to.deep.equal([]);
  });

  it('keeps a stored expiry that already passed when only the text is fixed', async () => {
    const past = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const adapter = new MemoryAdapter([record({ id: 'old', title: 'Old notce', expiresAt: past })]);
    const editor = await editorFixture({ adapter });
    await editor.showEditForm('old');
    inPanel(editor, '#title')!.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'ice' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !panelOpen(editor), 'the fix was refused');
    const [stored] = await adapter.list();
    expect(stored.title).to.equal('Old notice');
    expect(stored.expiresAt).to.equal(past);
  });

  it('reads "Remove announcement after" as the end of that day in the firm zone, not the browser', async () => {
    const adapter = new MemoryAdapter();
    const editor = await editorFixture({ adapter, timeZone: 'Pacific/Auckland' });
    await editor.showCreateForm();
    await sendKeys({ type: 'Holiday hours' });
    const day = dayFromToday(20);
    pickValue(inPanel<HTMLInputElement>(editor, '#expires')!, day);
    pickValue(inPanel<HTMLInputElement>(editor, '#publish-on')!, dayFromToday(10));
    await panelOf(editor).updateComplete;
    // One name for the zone everywhere: in the hint and after each resulting moment.
    expect(inPanel(editor, '#expires-result')!.textContent!.trim()).to.match(/^Visible until .*11:59\sPM New Zealand Time$/);
    expect(inPanel(editor, '#publish-on-result')!.textContent!.trim()).to.match(/^Visible from .*12:00\sAM New Zealand Time$/);
    expect(inPanel(editor, '#zone-hint')!.textContent).to.equal('Time zone: New Zealand Time.');
    await click(inPanel(editor, '#publish')!);
    await waitUntil(() => !panelOpen(editor));
    const [stored] = await adapter.list();
    expect(stored.expiresAt).to.equal(endOfDayInstant(day, 'Pacific/Auckland'));
    expect(stored.publishAt).to.equal(startOfDayInstant(dayFromToday(10), 'Pacific/Auckland'));
    const wallTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Pacific/Auckland', hour: '2-digit', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3 });
    expect(wallTime.format(new Date(stored.expiresAt!))).to.equal('23:59:59.999');
  });

  it('repeats the chosen days in the element\'s language, whatever the browser\'s, in grammatical German', async () => {
    const editor = await editorFixture({ adapter: new MemoryAdapter(), timeZone: 'Europe/Berlin', lang: 'de' });
    await editor.showCreateForm();
    pickValue(inPanel<HTMLInputElement>(editor, '#publish-on')!, '2099-12-01');
    pickValue(inPanel<HTMLInputElement>(editor, '#expires')!, '2099-12-31');
    await panelOf(editor).updateComplete;
    expect(inPanel(editor, '#publish-on-result')!.textContent!.trim()).to.equal('Sichtbar ab 1. Dez. 2099, 00:00 Mitteleuropäische Zeit');
    expect(inPanel(editor, '#expires-result')!.textContent!.trim()).to.equal('Sichtbar bis 31. Dez. 2099, 23:59 Mitteleuropäische Zeit');
    expect(inPanel(editor, '#zone-hint')!.textContent).to.equal('Zeitzone: Mitteleuropäische Zeit.');
    // The date inputs point at the sentence that says the day in words.
    expect(inPanel(editor, '#expires')!.getAttribute('aria-describedby')).to.contain('expires-result');
  });

  it('shows the list as Scheduled until "Publish on"', async () => {
    const adapter = new MemoryAdapter();
    const editor = await editorFixture({ adapter, timeZone: 'Europe/Berlin' });
    await editor.showCreateForm();
    await sendKeys({ type: 'Coming soon' });
    pickValue(inPanel<HTMLInputElement>(editor, '#publish-on')!, dayFromToday(5));
    await click(inPanel(editor, '#severity-warning')!.closest('label')!);
    await click(inPanel(editor, '#publish')!);
    await waitUntil(() => editor.shadowRoot!.querySelector('[part~="status-badge"]'));
    expect(editor.shadowRoot!.querySelector('[part~="status-badge"]')!.textContent).to.equal('Scheduled');
    expect((await adapter.list())[0].severity).to.equal('warning');
    const meta = editor.shadowRoot!.querySelector('.row-meta')!.textContent!;
    expect(meta).to.match(/Starts .*12:00\sAM Central European Time/);
  });

  it('asks in the order of the task, with severity as a radio group driven by arrow keys', async () => {
    const adapter = new MemoryAdapter();
    const editor = await editorFixture({ adapter });
    await editor.showCreateForm();
    const labels = [...panelOf(editor).shadowRoot!.querySelectorAll('form label[for], form legend')].map((label) => label.textContent!.trim());
    expect(labels).to.deep.equal(['Title', 'Severity', 'Description', 'Language', 'Other languages', 'Who sees it', 'How it may be dismissed', 'Publish on', 'Remove announcement after']);
    // Both ends are whole days, asked the same way.
    expect(inPanel<HTMLInputElement>(editor, '#publish-on')!.type).to.equal('date');
    expect(inPanel<HTMLInputElement>(editor, '#expires')!.type).to.equal('date');
    await sendKeys({ type: 'Heads up' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(inPanel(editor, '#severity-info'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal(inPanel(editor, '#severity-warning'));
    expect(inPanel<HTMLInputElement>(editor, '#severity-warning')!.checked).to.be.true;
    // One tab stop for the group: Tab leaves it for the description's tabs.
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.getAttribute('role')).to.equal('tab');
    await expectAccessible(inPanel(editor, 'dialog')!);
    await click(inPanel(editor, '#publish')!);
    await waitUntil(() => !panelOpen(editor));
    expect((await adapter.list())[0].severity).to.equal('warning');
  });

  it('inserts Markdown from the toolbar around the selection and previews it with the client renderer', async () => {
    const editor = await editorFixture({ adapter: new MemoryAdapter() });
    await editor.showCreateForm();
    const body = inPanel<HTMLTextAreaElement>(editor, '#body')!;
    await click(body);
    await sendKeys({ type: 'Closed on Friday' });
    body.setSelectionRange(10, 16);
    await click(inPanel(editor, '[part~="toolbar-button"][aria-label="Bold"]')!);
    expect(body.value).to.equal('Closed on **Friday**');
    expect(deepActiveElement()).to.equal(body);
    // Arrow keys move within the toolbar (one tab stop); Enter applies the focused format.
    inPanel<HTMLButtonElement>(editor, '[aria-label="Bold"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(deepActiveElement()!.getAttribute('aria-label')).to.equal('Bulleted list');
    body.setSelectionRange(body.value.length, body.value.length);
    await sendKeys({ press: 'Enter' });
    expect(body.value).to.equal('- Closed on **Friday**');
    await click(inPanel(editor, '#tab-preview')!);
    await waitUntil(() => inPanel(editor, '#preview-content strong'), 'the preview did not render Markdown');
    expect(inPanel(editor, '#preview-content strong')!.textContent).to.equal('Friday');
    expect(inPanel(editor, '#panel-write')!.hidden).to.be.true;
    await sendKeys({ press: 'ArrowLeft' });
    expect(inPanel(editor, '#panel-write')!.hidden).to.be.false;
    expect(body.value).to.contain('**Friday**');
  });
});
