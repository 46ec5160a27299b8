import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter } from '../src/adapters/memory-adapter.js';
import type { AnnouncementAdapter } from '../src/adapters/types.js';
import '../src/elements/announcement-editor/announcement-editor.js';
import type { AnnouncementEditor } from '../src/elements/announcement-editor/announcement-editor.js';
import type { Announcement, AnnouncementInput } from '../src/model/announcement.js';
import { configureAnnouncements } from '../src/configure.js';
import { AdapterUnavailableError } from '../src/model/errors.js';
import { STORY_DATE, storyAnnouncement } from './story-data.js';
import { STORY_CLIENTS, storyDirectory } from './story-directory.js';

const DAY = 86_400_000;

const record = (id: string, title: string, fields: Partial<Announcement> = {}): Announcement =>
  storyAnnouncement(title, { id, ...fields });

const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

const sampleAnnouncements = () => [
  record('closed', 'Office closed on Friday', {
    body: 'Our office is **closed** on Friday for a team training.\n\n- Uploads are processed on Monday.\n- Call the [emergency line](https://example.com) for urgent matters.',
    severity: 'warning',
    expiresAt: inDays(10),
    revisedAt: '2026-03-03T08:00:00.000Z',
  }),
  record('portal', 'New document upload', { publishAt: inDays(5), severity: 'success', revisedAt: '2026-03-02T09:00:00.000Z' }),
  record('deadline', 'Tax return deadline passed', { expiresAt: inDays(-3), severity: 'critical' }),
];

/** An adapter whose writes fail as if the network were down. */
class UnreachableAdapter extends MemoryAdapter {
  override async create(_input: AnnouncementInput): Promise<Announcement> {
    throw new AdapterUnavailableError('The network is down');
  }
}

interface PageOptions {
  adapter: AnnouncementAdapter;
  lang?: string;
  timeZone?: string;
}

function page({ adapter, lang = 'en', timeZone = 'Europe/Berlin' }: PageOptions) {
  // Each story has its own user, so drafts typed in one story never appear in another.
  return html`<div lang=${lang}>
    <announcement-editor .adapter=${adapter} .user=${`story-${crypto.randomUUID()}`} time-zone=${timeZone}></announcement-editor>
  </div>`;
}

/** The editor of a story, once its list has loaded. */
async function loadedEditor(canvas: HTMLElement): Promise<AnnouncementEditor> {
  const editor = canvas.querySelector('announcement-editor')!;
  for (let attempt = 0; attempt < 100 && (!editor.shadowRoot || editor.shadowRoot.querySelector('[part~="loading"]')); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return editor;
}

const panelRoot = (editor: AnnouncementEditor) => editor.shadowRoot!.querySelector('announcement-editor-panel')!.shadowRoot!;

async function clickPublish(editor: AnnouncementEditor): Promise<void> {
  panelRoot(editor).querySelector<HTMLButtonElement>('#publish')!.click();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

const meta: Meta = {
  title: 'Firm/announcement-editor',
  component: 'announcement-editor',
  parameters: { layout: 'padded' },
  render: () => page({ adapter: new MemoryAdapter(sampleAnnouncements()) }),
};
export default meta;

type Story = StoryObj;

/** No announcements yet: the section invites the first one. */
export const Empty: Story = {
  render: () => page({ adapter: new MemoryAdapter() }),
};

/** Active, scheduled and expired announcements with their end dates, pencil and trash buttons. */
export const List: Story = {};

/** The "Create announcement" panel. */
export const CreateForm: Story = {
  play: async ({ canvasElement }) => {
    const editor = await loadedEditor(canvasElement);
    await editor.showCreateForm();
  },
};

/** The "Edit announcement" panel with "Notify clients again". */
export const EditForm: Story = {
  play: async ({ canvasElement }) => {
    const editor = await loadedEditor(canvasElement);
    await editor.showEditForm('closed');
  },
};

/** Preview: the client banner in the chosen severity, and the full message as clients read it. */
export const Preview: Story = {
  play: async ({ canvasElement }) => {
    const editor = await loadedEditor(canvasElement);
    await editor.showEditForm('closed');
    panelRoot(editor).querySelector<HTMLButtonElement>('#tab-preview')!.click();
  },
};

/** Publish with an empty title and a removal date in the past: errors next to the fields. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const editor = await loadedEditor(canvasElement);
    await editor.showCreateForm();
    const expires = panelRoot(editor).querySelector<HTMLInputElement>('#expires')!;
    expires.value = new Date(Date.now() - 2 * DAY).toISOString().slice(0, 10);
    expires.dispatchEvent(new Event('change'));
    await clickPublish(editor);
  },
};

/** A colleague changed the announcement while it was being edited. */
export const Conflict: Story = {
  render: () => page({ adapter: new MemoryAdapter(sampleAnnouncements()) }),
  play: async ({ canvasElement }) => {
    const editor = await loadedEditor(canvasElement);
    await editor.showEditForm('closed');
    await (editor.adapter as MemoryAdapter).update('closed', { title: 'Office closed on Friday and Monday', severity: 'warning' });
    await clickPublish(editor);
  },
};

/** Publishing failed because the connection is down: the text stays, with "Try again". */
export const Offline: Story = {
  render: () => page({ adapter: new UnreachableAdapter(sampleAnnouncements()) }),
  play: async ({ canvasElement }) => {
    const editor = await loadedEditor(canvasElement);
    await editor.showCreateForm();
    const title = panelRoot(editor).querySelector<HTMLInputElement>('#title')!;
    title.value = 'Server maintenance on Sunday';
    title.dispatchEvent(new Event('input'));
    await clickPublish(editor);
  },
};

/** The confirmation anchored to a trash button. */
export const DeleteConfirmation: Story = {
  play: async ({ canvasElement }) => {
    const editor = await loadedEditor(canvasElement);
    await editor.showDeleteConfirmation('portal');
  },
};

/** An adapter without write methods: the section says so and offers no changes. */
export const ReadOnly: Story = {
  render: () => {
    const source = new MemoryAdapter(sampleAnnouncements());
    return page({ adapter: { list: () => source.list() } });
  },
};

/** German, with the glossary terms. */
export const German: Story = {
  render: () => page({ adapter: new MemoryAdapter(sampleAnnouncements()), lang: 'de' }),
};

/** German create panel. */
export const GermanForm: Story = {
  render: () => page({ adapter: new MemoryAdapter(sampleAnnouncements()), lang: 'de' }),
  play: async ({ canvasElement }) => {
    const editor = await loadedEditor(canvasElement);
    await editor.showCreateForm();
  },
};

const vatDeadline = () =>
  record('vat', 'New deadline for advance VAT returns', {
    body: 'Please submit your **advance VAT return** by the 10th of the month.',
    severity: 'warning',
    language: 'en',
    variants: [{ language: 'de', title: 'Neue Frist für Umsatz\u00adsteuer-Voranmeldungen', body: 'Bitte reichen Sie Ihre **Umsatzsteuer-Voranmeldung** bis zum 10. des Monats ein.' }],
    audience: { kind: 'tags', tags: ['business'] },
  });

const settled = () => new Promise((resolve) => setTimeout(resolve, 400));

/** An announcement in English with a German variant: each language has its own title, description and preview. */
export const Languages: Story = {
  render: () => page({ adapter: new MemoryAdapter([vatDeadline()]) }),
  play: async ({ canvasElement }) => {
    const editor = await loadedEditor(canvasElement);
    await editor.showEditForm('vat');
    panelRoot(editor).querySelector<HTMLButtonElement>('#variant-0-tab-preview')!.click();
  },
};

/** "Who sees it": selected clients, searched in the portal's directory (a demo one here). */
export const AudiencePicker: Story = {
  render: () => {
    configureAnnouncements({ clientDirectory: storyDirectory });
    return page({ adapter: new MemoryAdapter([record('payroll', 'Payroll documents due', { audience: { kind: 'clients', clients: ['c-1002'] } })]) });
  },
  play: async ({ canvasElement }) => {
    const editor = await loadedEditor(canvasElement);
    await editor.showEditForm('payroll');
    const combobox = panelRoot(editor).querySelector('announcement-audience-combobox')!;
    await combobox.updateComplete;
    const search = combobox.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    search.focus();
    search.value = 'gmbh';
    search.dispatchEvent(new Event('input'));
    await settled();
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
  },
};

/** "How it may be dismissed: Not at all" without an end date or confirmation: Publish asks for one. */
export const DismissalNotAtAll: Story = {
  play: async ({ canvasElement }) => {
    const editor = await loadedEditor(canvasElement);
    await editor.showCreateForm();
    const root = panelRoot(editor);
    const title = root.querySelector<HTMLInputElement>('#title')!;
    title.value = 'Portal maintenance tonight, 22:00 to 23:00';
    title.dispatchEvent(new Event('input'));
    root.querySelector<HTMLInputElement>('#dismissal-never')!.click();
    await clickPublish(editor);
  },
};

/** Read receipts per announcement, and who has not opened it yet (named by the directory). */
export const ReadReceipts: Story = {
  render: () => {
    configureAnnouncements({ clientDirectory: storyDirectory });
    const adapter = new MemoryAdapter([vatDeadline(), ...sampleAnnouncements()], { clients: STORY_CLIENTS });
    const receipt = (id: string, kind: 'seen' | 'opened', user: string) => adapter.recordReceipts!([{ id, revisedAt: STORY_DATE, kind }], { user });
    void Promise.all([receipt('vat', 'opened', 'c-1001'), receipt('vat', 'seen', 'c-1002'), receipt('vat', 'seen', 'c-1004')]);
    return page({ adapter });
  },
  play: async ({ canvasElement }) => {
    const editor = await loadedEditor(canvasElement);
    await settled();
    editor.shadowRoot!.querySelector('announcement-editor-receipts')?.shadowRoot?.querySelector('details')?.setAttribute('open', '');
  },
};
