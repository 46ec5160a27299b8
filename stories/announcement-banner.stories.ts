import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter } from '../src/adapters/memory-adapter.js';
import type { AnnouncementAdapter } from '../src/adapters/types.js';
import '../src/elements/announcement-banner/announcement-banner.js';
import { storyAnnouncement } from './story-data.js';

const record = storyAnnouncement;

/** Each story gets its own data and its own session, so closing a banner in one never hides it in another. */
const session = () => `story-${crypto.randomUUID()}`;

const officeClosed = () =>
  record('Office closed on Friday', {
    severity: 'warning',
    body: 'Our office is **closed** on Friday, 6 March, for a team training. We are back on Monday; urgent questions go to the [emergency line](https://example.com/contact).',
  });

const banner = (adapter: AnnouncementAdapter, placement = 'inline', reserve = false) =>
  html`<announcement-banner .adapter=${adapter} session=${session()} placement=${placement} ?reserve-space=${reserve}></announcement-banner>`;

const meta: Meta = {
  title: 'Client/announcement-banner',
  component: 'announcement-banner',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

export const Warning: Story = {
  render: () => banner(new MemoryAdapter([officeClosed()])),
};

export const Info: Story = {
  render: () => banner(new MemoryAdapter([record('New document upload', { body: 'You can now upload several documents at once.' })])),
};

export const Success: Story = {
  render: () => banner(new MemoryAdapter([record('Tax returns filed', { severity: 'success', body: 'All returns for 2025 were filed on time.' })])),
};

export const Critical: Story = {
  render: () => banner(new MemoryAdapter([record('Phishing e-mails in circulation', { severity: 'critical', body: 'We never ask for your password by e-mail.' })])),
};

/** Several visible announcements: one at a time, most urgent first, with "1 of 3" and Previous/Next. */
export const Several: Story = {
  render: () =>
    banner(
      new MemoryAdapter([
        officeClosed(),
        record('Phishing e-mails in circulation', { severity: 'critical' }),
        record('New document upload', { body: 'You can now upload several documents at once.' }),
      ]),
    ),
};

export const WithoutDescription: Story = {
  render: () => banner(new MemoryAdapter([record('Portal maintenance tonight from 22:00')])),
};

export const LongText: Story = {
  render: () =>
    banner(
      new MemoryAdapter([
        record('A very long title that needs more than one line on a narrow screen because it explains the whole situation', {
          body: 'A long description. '.repeat(40),
        }),
      ]),
    ),
};

/** Nothing visible (expired or not yet published): the banner renders nothing and takes no space. */
export const NothingToShow: Story = {
  render: () =>
    html`<p>Above the banner</p>
      ${banner(new MemoryAdapter([record('Expired', { publishAt: '2020-01-01T00:00:00Z', expiresAt: '2020-02-01T00:00:00Z' })]))}
      <p>Below the banner</p>`,
};

/** While the state is not known yet: with `reserve-space` an empty box holds the height; without it, nothing. */
export const LoadingWithReservedSpace: Story = {
  render: () => {
    const neverLoads: AnnouncementAdapter = { list: () => new Promise(() => undefined) };
    return html`<p>Above the banner</p>
      ${banner(neverLoads, 'inline', true)}
      <p>Below the banner: it stays where the banner will end.</p>`;
  },
};

export const TopOverlay: Story = {
  render: () => html`${banner(new MemoryAdapter([officeClosed()]), 'top')}
    <p>The banner overlays the top of the viewport and never moves this text.</p>`,
};

export const German: Story = {
  render: () =>
    html`<div lang="de">
      ${banner(
        new MemoryAdapter([
          record('Büro am Freitag geschlossen', { severity: 'warning', body: 'Unser Büro ist am Freitag **geschlossen**.' }),
          record('Neuer Dokumenten-Upload'),
        ]),
      )}
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="en">${banner(new MemoryAdapter([officeClosed(), record('Second announcement')]))}</div>`,
};

/** Theming through custom properties and parts. */
export const Themed: Story = {
  render: () =>
    html`<style>
        .themed-banner {
          --announcement-info-color: #6f42c1;
          --announcement-info-background: #f5f0ff;
          --announcement-radius: 0;
          --announcement-font-family: Georgia, serif;
        }
        .themed-banner::part(title) {
          text-transform: uppercase;
        }
      </style>
      <announcement-banner
        class="themed-banner"
        .adapter=${new MemoryAdapter([record('Themed announcement', { body: 'Colours, corners and font come from the host.' })])}
        session=${session()}
      ></announcement-banner>`,
};

/** Written in English with a German variant: a German page shows the German text, no edit needed. */
export const GermanVariant: Story = {
  render: () =>
    html`<div lang="de">
      ${banner(
        new MemoryAdapter([
          record('New deadline for advance VAT returns', {
            severity: 'warning',
            body: 'Advance VAT returns are now due on the **10th** of the following month.',
            language: 'en',
            variants: [{ language: 'de', title: 'Neue Frist für Umsatzsteuer-Voranmeldungen', body: 'Umsatzsteuer-Voranmeldungen sind jetzt am **10.** des Folgemonats fällig.' }],
          }),
        ]),
      )}
    </div>`,
};

/** An Arabic variant on a right-to-left page. */
export const ArabicVariant: Story = {
  render: () =>
    html`<div lang="ar" dir="rtl">
      ${banner(
        new MemoryAdapter([
          record('Office closed on Friday', {
            body: 'We are back on Monday.',
            language: 'en',
            variants: [{ language: 'ar', title: 'المكتب مغلق يوم الجمعة', body: 'نعود يوم الاثنين.' }],
          }),
        ]),
      )}
    </div>`,
};

/**
 * May not be dismissed (an outage, a legal notice): no Close button; Read more still opens it,
 * and the banner stays until the announcement expires or is deleted.
 */
export const NotDismissable: Story = {
  render: () =>
    banner(
      new MemoryAdapter([
        record('Portal maintenance tonight from 22:00', {
          severity: 'critical',
          body: 'Uploads are paused from 22:00 to 23:00. Everything you uploaded before is safe.',
          dismissal: 'never',
        }),
      ]),
    ),
};
