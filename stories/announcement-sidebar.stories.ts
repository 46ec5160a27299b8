import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter } from '../src/adapters/memory-adapter.js';
import '../src/elements/announcement-sidebar/announcement-sidebar.js';
import type { AnnouncementSidebar } from '../src/elements/announcement-sidebar/announcement-sidebar.js';
import type { DescriptionFormat } from '../src/internal/rich-text/render-options.js';
import type { Announcement } from '../src/model/announcement.js';
import { storyAnnouncement } from './story-data.js';

const record = storyAnnouncement;

const MARKDOWN = `Our office is **closed** on Friday, 6 March, for a team training.

## What this means for you

- Documents you upload are processed on Monday.
- Deadlines that fall on Friday are covered: we filed early.
- For urgent matters call the [emergency line](https://example.com/contact).

> We are back on Monday at 8:00.`;

/**
 * A page with a button that opens the announcement, as the banner's Read more or the home
 * list would; each story opens it at once (see `openOnLoad`).
 */
function page(announcement: Announcement | undefined, options: { lang?: string; dir?: string; format?: DescriptionFormat } = {}) {
  const adapter = new MemoryAdapter(announcement ? [announcement] : []);
  const open = (event: Event) => {
    const sidebar = (event.currentTarget as HTMLElement).parentElement!.querySelector<AnnouncementSidebar>('announcement-sidebar')!;
    void sidebar.show(announcement?.id ?? 'deleted-announcement');
  };
  return html`<div lang=${options.lang ?? 'en'} dir=${options.dir ?? 'ltr'}>
    <button @click=${open}>${options.lang === 'de' ? 'Ankündigung öffnen' : 'Open the announcement'}</button>
    <announcement-sidebar
      .adapter=${adapter}
      session=${`story-${crypto.randomUUID()}`}
      body-format=${options.format ?? 'markdown'}
      data-announcement=${announcement?.id ?? 'deleted-announcement'}
    ></announcement-sidebar>
  </div>`;
}

/**
 * Opens the panel as soon as the story shows, so a designer sees the message at once; the
 * button stays to open it again. Not on the Docs page, where every story renders at once.
 */
async function openOnLoad({ canvasElement, viewMode }: { canvasElement: HTMLElement; viewMode?: string }): Promise<void> {
  if (viewMode === 'docs') return;
  const sidebar = canvasElement.querySelector<AnnouncementSidebar>('announcement-sidebar');
  if (!sidebar) return;
  await sidebar.updateComplete;
  const id = sidebar.dataset.announcement;
  if (id) await sidebar.show(id);
}

const meta: Meta = {
  title: 'Client/announcement-sidebar',
  component: 'announcement-sidebar',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

export const FullMessage: Story = {
  play: openOnLoad,
  render: () => page(record('Office closed on Friday', { severity: 'warning', body: MARKDOWN, expiresAt: '2099-03-07T00:00:00.000Z' })),
};

/** Revised with a re-notifying edit: the panel says "Updated". */
export const Updated: Story = {
  play: openOnLoad,
  render: () =>
    page(
      record('Tax deadline moved', {
        severity: 'critical',
        body: 'The deadline moved to **31 July**.',
        revisedAt: '2026-03-05T10:30:00.000Z',
        updatedAt: '2026-03-05T10:30:00.000Z',
      }),
    ),
};

export const WithoutDescription: Story = {
  play: openOnLoad,
  render: () => page(record('Portal maintenance tonight from 22:00', { severity: 'success' })),
};

/** Deleted, expired or unknown: the panel says the announcement is no longer available. */
export const NoLongerAvailable: Story = {
  play: openOnLoad,
  render: () => page(undefined),
};

/** `body-format="text"`: a source that stores plain text, shown as typed. */
export const PlainText: Story = {
  play: openOnLoad,
  render: () => page(record('Plain text source', { body: 'Line one\nLine two with *stars* kept\n\nA second paragraph.' }), { format: 'text' }),
};

export const German: Story = {
  play: openOnLoad,
  render: () =>
    page(record('Büro am Freitag geschlossen', { severity: 'warning', body: 'Unser Büro ist am Freitag **geschlossen**.' }), { lang: 'de' }),
};

/** Slides in from the left in right-to-left layouts. */
export const RightToLeft: Story = {
  play: openOnLoad,
  render: () => page(record('Office closed on Friday', { body: MARKDOWN }), { dir: 'rtl' }),
};
