import type { AnnouncementAdapter, AnnouncementInput } from '../src/index.js';

const DAY = 86_400_000;

/** Example announcements, so that the demo never starts empty. */
function examples(now: number): AnnouncementInput[] {
  return [
    {
      title: 'Office closed on Friday',
      body:
        'Our office is closed on **Friday** for our annual team day.\n\n' +
        'Urgent matters: call the emergency line or write to [info@example.com](mailto:info@example.com). ' +
        'We answer all other messages on Monday.',
      severity: 'warning',
      expiresAt: new Date(now + 14 * DAY).toISOString(),
    },
    {
      title: 'Upload your receipts for the annual accounts',
      body:
        'Please upload your receipts for last year by the end of the month:\n\n' +
        '1. Open **Documents**\n2. Choose *Upload*\n3. Select the files\n\n' +
        'Questions? Reply in the portal and we will get back to you.',
      severity: 'info',
    },
    {
      title: 'New: sign documents online',
      body: 'From next week you can sign engagement letters right here in the portal.',
      severity: 'success',
      publishAt: new Date(now + 2 * 60_000).toISOString(),
    },
  ];
}

const SEEDED_KEY = 'demo-portal-seeded';

/** Adds the examples once per browser (or again after a reset). */
export async function seedOnce(adapter: AnnouncementAdapter): Promise<void> {
  if (localStorage.getItem(SEEDED_KEY) || !adapter.create) return;
  localStorage.setItem(SEEDED_KEY, 'yes');
  if ((await adapter.list()).length > 0) return;
  for (const input of examples(Date.now())) await adapter.create(input);
}

/** Removes every announcement and seeds the examples again. */
export async function resetDemoData(adapter: AnnouncementAdapter): Promise<void> {
  for (const announcement of await adapter.list()) await adapter.remove?.(announcement.id);
  localStorage.removeItem(SEEDED_KEY);
  await seedOnce(adapter);
}
