import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import type { Announcement } from '../../src/model/announcement.js';
import type { AnnouncementEditor } from '../../src/elements/announcement-editor/announcement-editor.js';
import { $$, editorFixture, record } from './editor/editor-fixture.js';
import { expectAccessible } from '../helpers/axe.js';

const ANNOUNCEMENTS: Announcement[] = [
  record({ id: 'plain', title: 'Office closed on Friday' }),
  record({
    id: 'business',
    title: 'New deadline for advance VAT returns',
    audience: { kind: 'tags', tags: ['business', 'vip'] },
    dismissal: 'once',
    language: 'en',
    variants: [{ language: 'de', title: 'Neue Frist für Umsatzsteuer-Voranmeldungen', body: '' }],
  }),
  record({ id: 'named', title: 'Your documents are ready', audience: { kind: 'clients', clients: ['c-1', 'c-2', 'c-3'] }, dismissal: 'never' }),
  record({ id: 'one', title: 'Please sign the engagement letter', audience: { kind: 'clients', clients: ['c-1'] } }),
];

/** The second line of each row by title, as a sighted user reads it; `null` where there is none. */
function reachByTitle(editor: AnnouncementEditor): Record<string, string[] | null> {
  const rows = $$(editor, '[part="row"]');
  return Object.fromEntries(
    rows.map((row) => {
      const line = row.querySelector('[part="row-reach"]');
      return [row.querySelector('[part="row-title"]')!.textContent!.trim(), line ? [...line.querySelectorAll('span')].map((part) => part.textContent!.trim()) : null];
    }),
  );
}

describe('<announcement-editor> list rows say who sees an announcement', () => {
  it('names the audience, the dismissal and the languages where they differ from the defaults', async () => {
    const editor = await editorFixture({ adapter: new MemoryAdapter(ANNOUNCEMENTS) });
    expect(reachByTitle(editor)).to.deep.equal({
      'Office closed on Friday': null,
      'New deadline for advance VAT returns': ['Clients with tags: business, vip', 'Can be dismissed once', 'English · German'],
      'Your documents are ready': ['3 selected clients', 'Can’t be dismissed'],
      'Please sign the engagement letter': ['1 selected client'],
    });
    await expectAccessible(editor.shadowRoot!.querySelector('[part="list"]')!);
  });

  it('says it in German, right to left as well', async () => {
    const editor = await editorFixture({ adapter: new MemoryAdapter(ANNOUNCEMENTS), lang: 'de' });
    editor.setAttribute('dir', 'rtl');
    editor.requestUpdate();
    await editor.updateComplete;
    expect(reachByTitle(editor)).to.deep.equal({
      'Office closed on Friday': null,
      'New deadline for advance VAT returns': ['Mandanten mit Tags: business, vip', 'Einmalig ausblendbar', 'Englisch · Deutsch'],
      'Your documents are ready': ['3 ausgewählte Mandanten', 'Nicht ausblendbar'],
      'Please sign the engagement letter': ['1 ausgewählter Mandant'],
    });
    // The line stays inside its row, before the buttons, in either direction.
    const row = $$(editor, '[part="row"]').find((each) => each.textContent!.includes('advance VAT'))!;
    const line = row.querySelector('[part="row-reach"]')!.getBoundingClientRect();
    const actions = row.querySelector('.row-actions')!.getBoundingClientRect();
    expect(line.left).to.be.at.least(actions.right);
    await expectAccessible(editor.shadowRoot!.querySelector('[part="list"]')!);
  });
});
