import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter } from '../src/adapters/memory-adapter.js';
import type { AnnouncementAdapter } from '../src/adapters/types.js';
import '../src/elements/announcement-list/announcement-list.js';
import type { Announcement } from '../src/model/announcement.js';
import { AdapterUnavailableError } from '../src/model/errors.js';
import { STORY_DATE, storyAnnouncement } from './story-data.js';

/** Published `daysAgo` days before the story date, so "newest first" has one right answer. */
const record = (title: string, daysAgo: number, fields: Partial<Announcement> = {}): Announcement =>
  storyAnnouncement(title, { revisedAt: new Date(Date.parse(STORY_DATE) - daysAgo * 86_400_000).toISOString(), ...fields });

const sample = () => [
  record('Office closed on Friday', 0, { severity: 'warning', body: 'Our office is **closed** on Friday for a team training. We are back on Monday.' }),
  record('Phishing e-mails in circulation', 2, { severity: 'critical', body: 'We never ask for your password by e-mail.' }),
  record('New document upload', 9, { body: 'You can now upload several documents at once, up to 50 MB each.' }),
  record('Tax returns filed', 20, { severity: 'success', body: 'All returns for 2025 were filed on time.' }),
  record('Holiday opening hours', 40, { body: 'Between Christmas and New Year we are open from 9:00 to 12:00.' }),
];

/** Each story has its own data and session, so opening an item in one never changes another. */
const list = (adapter: AnnouncementAdapter, limit?: number) =>
  html`<announcement-list .adapter=${adapter} session=${`story-${crypto.randomUUID()}`} user=${`story-${crypto.randomUUID()}`} limit=${limit ?? 0}></announcement-list>`;

/** Loads once, then every further load fails: the list keeps the last known announcements. */
class FailsAfterFirstLoad extends MemoryAdapter {
  private loads = 0;
  override async list(): Promise<Announcement[]> {
    this.loads++;
    if (this.loads > 1) throw new AdapterUnavailableError('the server cannot be reached');
    return super.list();
  }
}

const meta: Meta = {
  title: 'Client/announcement-list',
  component: 'announcement-list',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

/** Newest first; every item is "New" until opened (activating one opens the sidebar). */
export const Default: Story = {
  render: () => list(new MemoryAdapter(sample())),
};

export const WithLimit: Story = {
  render: () => list(new MemoryAdapter(sample()), 3),
};

export const Empty: Story = {
  render: () => list(new MemoryAdapter([])),
};

export const Loading: Story = {
  render: () => list({ list: () => new Promise(() => undefined) }),
};

export const LoadFailed: Story = {
  render: () =>
    list({
      list: () => Promise.reject(new AdapterUnavailableError('the server cannot be reached')),
    }),
};

/** An update failed after a good load: the message says so and the last known list stays. */
export const UpdateFailed: Story = {
  render: () => {
    const adapter = new FailsAfterFirstLoad(sample());
    // A change after the first load makes the list load again, and that load fails.
    setTimeout(() => void adapter.create({ title: 'Never arrives' }), 300);
    return list(adapter);
  },
};

export const German: Story = {
  render: () =>
    html`<div lang="de">
      ${list(
        new MemoryAdapter([
          record('Büro am Freitag geschlossen', 0, { severity: 'warning', body: 'Unser Büro ist am Freitag **geschlossen**.' }),
          record('Neuer Dokumenten-Upload', 5, { body: 'Sie können jetzt mehrere Dokumente auf einmal hochladen.' }),
        ]),
        1,
      )}
    </div>`,
};

export const RightToLeft: Story = {
  render: () => html`<div dir="rtl">${list(new MemoryAdapter(sample()))}</div>`,
};

/**
 * Only what is meant for this client: an announcement for everyone, one named for client
 * `c-42` (the list's user), and none of the one meant for another client. With the
 * LocalAdapter or MemoryAdapter this filter runs in the browser and is no security boundary.
 */
export const AudienceFiltered: Story = {
  render: () =>
    html`<announcement-list
      .adapter=${new MemoryAdapter([
        record('Office closed on Friday', 0, { severity: 'warning', body: 'For every client.' }),
        record('Your annual accounts are ready', 1, { body: 'Only for you.', audience: { kind: 'clients', clients: ['c-42'] } }),
        record('Documents for Weber KG', 2, { body: 'Not for you: not listed.', audience: { kind: 'clients', clients: ['c-7'] } }),
      ])}
      session=${`story-${crypto.randomUUID()}`}
      user="c-42"
    ></announcement-list>`,
};

/** English announcements with German variants, on a German page. */
export const GermanVariants: Story = {
  render: () =>
    html`<div lang="de">
      ${list(
        new MemoryAdapter([
          record('Office closed on Friday', 0, {
            severity: 'warning',
            body: 'Our office is **closed** on Friday.',
            language: 'en',
            variants: [{ language: 'de', title: 'Kanzlei am Freitag geschlossen', body: 'Unsere Kanzlei ist am Freitag **geschlossen**.' }],
          }),
          record('Only in English', 3, { body: 'No German variant: shown in English, marked as English.', language: 'en' }),
        ]),
      )}
    </div>`,
};
