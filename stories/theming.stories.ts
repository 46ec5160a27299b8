import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter } from '../src/adapters/memory-adapter.js';
import '../src/elements/announcement-banner/announcement-banner.js';
import '../src/elements/announcement-list/announcement-list.js';
import type { Announcement, Severity } from '../src/model/announcement.js';
import { storyAnnouncement } from './story-data.js';

/** Announcements of every severity with fixed dates, so the examples look the same every day. */
function examples(): Announcement[] {
  const make = (title: string, severity: Severity, body: string) => storyAnnouncement(title, { severity, body });
  return [
    make('Phishing e-mails in circulation', 'critical', 'We never ask for your password by e-mail.'),
    make('Office closed on Friday', 'warning', 'Our office is **closed** on Friday for a team training.'),
    make('New document upload', 'info', 'You can now upload several documents at once.'),
    make('Tax returns filed', 'success', 'All returns for 2025 were filed on time.'),
  ];
}

/** A banner and a list sharing one set of data, inside a box that sets theme tokens. */
const themed = (themeClass: string, styles: string) => {
  const adapter = new MemoryAdapter(examples());
  const session = `story-${crypto.randomUUID()}`;
  return html`
    <style>
      ${styles}
    </style>
    <div class=${`theme-example ${themeClass}`}>
      <announcement-banner .adapter=${adapter} session=${session}></announcement-banner>
      <announcement-list .adapter=${adapter} session=${session}></announcement-list>
    </div>
  `;
};

const meta: Meta = {
  title: 'Theming/Examples',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

/** No tokens set: the built-in light theme (dark when the system prefers it). */
export const Defaults: Story = {
  render: () => themed('defaults', '.theme-example.defaults { padding: 1rem; }'),
};

/** A firm's own colours, corner radius and font, through the public tokens only. */
export const BrandColours: Story = {
  render: () =>
    themed(
      'brand',
      `.theme-example.brand {
        padding: 1rem;
        --announcement-font-family: Georgia, serif;
        --announcement-radius: 0;
        --announcement-focus-color: #6b2c91;
        --announcement-info-color: #6b2c91;
        --announcement-info-background: #f3e8fa;
        --announcement-warning-color: #8a4b00;
        --announcement-warning-background: #fdebd3;
        --announcement-critical-color: #a1081f;
        --announcement-critical-background: #fde3e6;
        --announcement-success-color: #1d6b3a;
        --announcement-success-background: #ddf3e4;
      }`,
    ),
};

/** A portal with its own dark theme sets the tokens itself, whatever the system prefers. */
export const Dark: Story = {
  render: () =>
    themed(
      'dark',
      `.theme-example.dark {
        padding: 1rem;
        color-scheme: dark;
        background: #12161c;
        --announcement-text-color: #e8ecf2;
        --announcement-muted-color: #a9b3c1;
        --announcement-background: #1c222b;
        --announcement-border-color: #36404d;
        --announcement-focus-color: #8bb8ff;
        --announcement-info-color: #8bb8ff;
        --announcement-info-background: #132a4d;
        --announcement-success-color: #5fd27a;
        --announcement-success-background: #123b20;
        --announcement-warning-color: #e3b341;
        --announcement-warning-background: #3a2d07;
        --announcement-critical-color: #ff7b72;
        --announcement-critical-background: #4a1414;
      }`,
    ),
};

/** Parts style single regions: here a bolder title and a rounded Read more button. */
export const WithParts: Story = {
  render: () =>
    themed(
      'parts',
      `.theme-example.parts { padding: 1rem; }
      .theme-example.parts announcement-banner::part(title) { font-size: 1.25rem; }
      .theme-example.parts announcement-banner::part(read-more-button) { border-radius: 999px; }`,
    ),
};
