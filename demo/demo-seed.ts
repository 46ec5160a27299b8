import type { AnnouncementAdapter, AnnouncementInput } from '../src/index.js';
import { EXAMPLE_TEXTS, exampleOf } from './demo-examples.js';
import type { DemoLanguage } from './demo-text.js';

const DAY = 86_400_000;

/** The example announcements in `language`: one closing soon, one open-ended, one scheduled. */
function examples(language: DemoLanguage, now: number): AnnouncementInput[] {
  const [closed, receipts, signing] = EXAMPLE_TEXTS[language];
  return [
    { ...closed, severity: 'warning', expiresAt: new Date(now + 14 * DAY).toISOString() },
    { ...receipts, severity: 'info' },
    { ...signing, severity: 'success', publishAt: new Date(now + 2 * 60_000).toISOString() },
  ];
}

const SEEDED_KEY = 'demo-portal-seeded';

/** Adds the examples, in the demo's language, once per browser (or again after a reset). */
export async function seedOnce(adapter: AnnouncementAdapter, language: DemoLanguage): Promise<void> {
  if (localStorage.getItem(SEEDED_KEY) || !adapter.create) return;
  if ((await adapter.list()).length === 0) {
    for (const input of examples(language, Date.now())) await adapter.create(input);
  }
  // Remembered once the examples are stored: a page left while seeding seeds on the next visit.
  localStorage.setItem(SEEDED_KEY, 'yes');
}

/**
 * Puts the examples into `language` when the visitor switches to it. Only examples still as
 * they were seeded (in any language) are translated; what a person wrote or changed stays as
 * it is, and a deleted example stays deleted. The translation is a silent edit: a client who
 * closed an example does not see it again just because it now reads in another language.
 */
export async function translateExamples(adapter: AnnouncementAdapter, language: DemoLanguage): Promise<void> {
  if (!adapter.update) return;
  for (const announcement of await adapter.list()) {
    const example = exampleOf(announcement);
    if (!example || example.language === language) continue;
    const { publishAt, expiresAt, severity } = announcement;
    try {
      await adapter.update(
        announcement.id,
        { ...EXAMPLE_TEXTS[language][example.index], severity, publishAt, expiresAt },
        { expectedVersion: announcement.version, notify: false },
      );
    } catch (error) {
      // Another tab translated or changed it first; its version wins.
      console.info('demo: left an example untranslated', error);
    }
  }
}

/** Removes every announcement and seeds the examples again, in the demo's language. */
export async function resetDemoData(adapter: AnnouncementAdapter, language: DemoLanguage): Promise<void> {
  for (const announcement of await adapter.list()) await adapter.remove?.(announcement.id);
  localStorage.removeItem(SEEDED_KEY);
  await seedOnce(adapter, language);
}
