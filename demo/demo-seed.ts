import type { AnnouncementAdapter, AnnouncementInput } from '../src/index.js';
import { bilingual, exampleOf } from './demo-examples.js';
import type { DemoLanguage } from './demo-text.js';

const DAY = 86_400_000;

/**
 * The example announcements, written in `language` with the other language as a variant: one
 * closing soon, one open-ended, one scheduled, and one for business clients only.
 */
function examples(language: DemoLanguage, now: number): AnnouncementInput[] {
  const [closed, receipts, signing, vat] = [0, 1, 2, 3].map((index) => bilingual(language, index));
  return [
    { ...closed, severity: 'warning', expiresAt: new Date(now + 14 * DAY).toISOString() },
    { ...receipts, severity: 'info' },
    { ...signing, severity: 'success', publishAt: new Date(now + 2 * 60_000).toISOString() },
    { ...vat, severity: 'warning', audience: { kind: 'tags', tags: ['business'] } },
  ];
}

const SEEDED_KEY = 'demo-portal-seeded';

/** Adds the examples, in the demo's language, once per browser (or again after a reset). */
export async function seedOnce(adapter: AnnouncementAdapter, language: DemoLanguage): Promise<void> {
  if (localStorage.getItem(SEEDED_KEY) || !adapter.create) return;
  const stored = (await adapter.list()).map((announcement) => exampleOf(announcement));
  // An empty store, or one a page left half seeded (only examples in it); never one a person wrote in.
  if (stored.every((example) => example !== undefined)) {
    const present = new Set(stored.map((example) => example.index));
    for (const [index, input] of examples(language, Date.now()).entries()) {
      if (!present.has(index)) await adapter.create(input);
    }
  }
  // Remembered once the examples are stored: a page left while seeding seeds on the next visit.
  localStorage.setItem(SEEDED_KEY, 'yes');
}

/**
 * Examples seeded before they had variants (in one language only) get the other language as a
 * variant, so that switching the demo's language shows them in it. Only examples still as they
 * were seeded are changed; what a person wrote or changed stays as it is, and a deleted example
 * stays deleted. A silent edit: a client who closed an example does not see it again for it.
 */
export async function translateExamples(adapter: AnnouncementAdapter): Promise<void> {
  if (!adapter.update) return;
  for (const announcement of await adapter.list()) {
    const example = exampleOf(announcement);
    if (!example || announcement.variants.length > 0) continue;
    const { publishAt, expiresAt, severity, audience, dismissal } = announcement;
    try {
      await adapter.update(
        announcement.id,
        { ...bilingual(example.language, example.index), severity, publishAt, expiresAt, audience, dismissal },
        { expectedVersion: announcement.version, notify: false },
      );
    } catch (error) {
      // Another tab changed it first; its version wins.
      console.info('demo: left an example in one language', error);
    }
  }
}

/** Removes every announcement and seeds the examples again, in the demo's language. */
export async function resetDemoData(adapter: AnnouncementAdapter, language: DemoLanguage): Promise<void> {
  for (const announcement of await adapter.list()) await adapter.remove?.(announcement.id);
  localStorage.removeItem(SEEDED_KEY);
  await seedOnce(adapter, language);
}
