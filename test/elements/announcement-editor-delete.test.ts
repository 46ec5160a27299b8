import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import type { AnnouncementDeleteEvent } from '../../src/events/announcement-events.js';
import type { AnnouncementEditor } from '../../src/elements/announcement-editor/announcement-editor.js';
import { resetAnnouncementsConfig } from '../../src/configure.js';
import {
  $,
  click,
  confirmationOf,
  confirmationOpen,
  deepActiveElement,
  editorFixture,
  inConfirmation,
  record,
  waitUntil,
  focusPage,
} from './editor/editor-fixture.js';
import { expectAccessible } from '../helpers/axe.js';

const twoAnnouncements = () =>
  new MemoryAdapter([
    record({ id: 'first', title: 'First notice', revisedAt: '2026-01-02T00:00:00Z' }),
    record({ id: 'second', title: 'Second notice', revisedAt: '2026-01-01T00:00:00Z' }),
  ]);

const dialogRect = (editor: AnnouncementEditor) => inConfirmation(editor, 'dialog')!.getBoundingClientRect();

describe('<announcement-editor> delete', () => {
  it('asks in an alert dialog with Cancel focused; Tab stays inside; Escape cancels and returns focus', async () => {
    const adapter = twoAnnouncements();
    const editor = await editorFixture({ adapter });
    await focusPage(editor);
    $(editor, '[data-delete="first"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => confirmationOpen(editor), 'no confirmation');
    const dialog = inConfirmation(editor, 'dialog')!;
    expect(dialog.getAttribute('role')).to.equal('alertdialog');
    expect(confirmationOf(editor).shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).to.equal('Delete “First notice”?');
    expect(confirmationOf(editor).shadowRoot!.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).to.equal(
      'Clients will no longer see it.',
    );
    const cancel = inConfirmation(editor, '#cancel')!;
    const remove = inConfirmation(editor, '#delete')!;
    expect(deepActiveElement()).to.equal(cancel);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(remove);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(cancel);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActiveElement()).to.equal(remove);
    await expectAccessible(dialog);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !confirmationOpen(editor));
    expect(deepActiveElement()).to.equal($(editor, '[data-delete="first"]'));
    expect(await adapter.list()).to.have.length(2);
    expect($(editor, '[part~="section"]')).to.exist;
  });

  it('deletes by pointer, says so, and moves focus to the next row, then to Create', async () => {
    const adapter = twoAnnouncements();
    const editor = await editorFixture({ adapter });
    await click($(editor, '[data-delete="first"]')!);
    await waitUntil(() => confirmationOpen(editor));
    const deleted = oneEvent(editor, 'announcement-delete') as Promise<AnnouncementDeleteEvent>;
    await click(inConfirmation(editor, '#delete')!);
    expect((await deleted).announcement.id).to.equal('first');
    await waitUntil(() => $(editor, '[part~="status"]')!.textContent === 'Announcement deleted');
    await waitUntil(() => deepActiveElement() === $(editor, '[data-edit="second"]'), 'focus did not move to the next row');
    expect((await adapter.list()).map((a) => a.id)).to.deep.equal(['second']);

    await click($(editor, '[data-delete="second"]')!);
    await waitUntil(() => confirmationOpen(editor));
    await click(inConfirmation(editor, '#delete')!);
    await waitUntil(() => $(editor, '[part~="empty"]'));
    await waitUntil(() => deepActiveElement() === $(editor, '#create'), 'focus did not move to Create');
  });

  it('cancels on a click outside, and only the confirmation closes', async () => {
    const adapter = twoAnnouncements();
    const editor = await editorFixture({ adapter });
    await click($(editor, '[data-delete="second"]')!);
    await waitUntil(() => confirmationOpen(editor));
    await sendMouse({ type: 'click', position: [2, 2] });
    await waitUntil(() => !confirmationOpen(editor), 'the outside click did not cancel');
    expect(await adapter.list()).to.have.length(2);
    expect(editor.isConnected).to.be.true;
  });

  it('deletes the latest version only after saying it changed meanwhile', async () => {
    const adapter = twoAnnouncements();
    const editor = await editorFixture({ adapter });
    await click($(editor, '[data-delete="first"]')!);
    await waitUntil(() => confirmationOpen(editor));
    await adapter.update('first', { title: 'First notice, revised' });
    await click(inConfirmation(editor, '#delete')!);
    await waitUntil(() => inConfirmation(editor, '#confirm-text')!.textContent!.includes('changed by someone else'));
    expect(await adapter.list()).to.have.length(2);
    await click(inConfirmation(editor, '#delete')!);
    await waitUntil(() => !confirmationOpen(editor));
    expect((await adapter.list()).map((a) => a.id)).to.deep.equal(['second']);
  });

  describe('placement', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('on a phone, leaves the row it asks about in view', async () => {
      await setViewport({ width: 390, height: 844 });
      const editor = await editorFixture({ adapter: twoAnnouncements() });
      await editor.showDeleteConfirmation('first');
      await waitUntil(() => confirmationOpen(editor));
      const row = $(editor, '[data-delete="first"]')!.closest('li')!.getBoundingClientRect();
      await waitUntil(() => dialogRect(editor).top >= row.bottom, 'the question covers its own row');
      expect(dialogRect(editor).left).to.be.at.least(0);
      expect(dialogRect(editor).right).to.be.at.most(390);
    });

    it('sits below the row of its trash button, flips above it near the bottom, and follows it when its container scrolls', async () => {
      resetAnnouncementsConfig();
      const editor = await fixture<AnnouncementEditor>(
        html`<announcement-editor lang="en" .adapter=${twoAnnouncements()} .user=${crypto.randomUUID()}></announcement-editor>`,
      );
      const scroller = document.createElement('div');
      editor.before(scroller);
      scroller.append(document.createElement('div'), editor, document.createElement('div'));
      scroller.querySelectorAll<HTMLElement>(':scope > div').forEach((spacer) => (spacer.style.height = '1500px'));
      // A scrolling settings page: the editor sits in a scrolled container of its own.
      scroller.style.height = '500px';
      scroller.style.overflow = 'auto';
      await waitUntil(() => $(editor, '[data-delete="second"]'));
      const trash = $(editor, '[data-delete="second"]')!;
      const row = trash.closest('li')!;
      const gapBelow = () => dialogRect(editor).top - row.getBoundingClientRect().bottom;
      const gapAbove = () => row.getBoundingClientRect().top - dialogRect(editor).bottom;

      trash.scrollIntoView({ block: 'start' });
      await editor.showDeleteConfirmation('second');
      await waitUntil(() => Math.abs(gapBelow() - 8) < 2, 'not placed below');

      confirmationOf(editor).cancel();
      trash.scrollIntoView({ block: 'end' });
      await editor.showDeleteConfirmation('second');
      await waitUntil(() => Math.abs(gapAbove() - 8) < 2, 'did not flip above');
      expect(dialogRect(editor).top).to.be.at.least(0);
      expect(dialogRect(editor).right).to.be.at.most(window.innerWidth);
      // Next to the trash button: its end lines up with the row's end.
      expect(Math.abs(dialogRect(editor).right - row.getBoundingClientRect().right)).to.be.below(2);

      scroller.scrollTop -= 60;
      // Browsers fire `scroll` while rendering a frame; a background tab renders none, so the
      // event the browser would send is sent here (in a visible tab it has fired already).
      scroller.dispatchEvent(new Event('scroll'));
      await waitUntil(() => Math.abs(gapAbove() - 8) < 2 && trash.getBoundingClientRect().top > 520, 'did not follow the scroll');
      confirmationOf(editor).cancel();
      await waitUntil(() => !confirmationOpen(editor));
      // Closed means let go: scrolling no longer moves the (hidden) confirmation.
      const placedAt = inConfirmation(editor, 'dialog')!.style.top;
      scroller.scrollTop -= 60;
      scroller.dispatchEvent(new Event('scroll'));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(inConfirmation(editor, 'dialog')!.style.top).to.equal(placedAt);
    });
  });
});
