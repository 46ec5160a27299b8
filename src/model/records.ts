import type { Announcement, AnnouncementInput, AnnouncementVariant, Audience } from './announcement.js';
import { EVERYONE } from './audience.js';
import { normalizeInstant } from './dates.js';
import { canonicalLanguage } from './languages.js';

/** The editable fields of a stored record: every one present, defaults applied. */
export type NormalizedInput = Required<Omit<AnnouncementInput, 'variants'>> & { variants: AnnouncementVariant[] };

/** The editable fields with defaults applied, text trimmed and language tags canonical, ready to store. */
export function normalizeInput(input: AnnouncementInput): NormalizedInput {
  return {
    title: input.title.trim(),
    body: input.body ?? '',
    severity: input.severity ?? 'info',
    publishAt: input.publishAt ? normalizeInstant(input.publishAt) : null,
    expiresAt: input.expiresAt ? normalizeInstant(input.expiresAt) : null,
    language: canonicalLanguage(input.language) ?? null,
    variants: (input.variants ?? []).map((variant) => ({
      language: canonicalLanguage(variant.language) ?? variant.language,
      title: variant.title.trim(),
      body: variant.body ?? '',
    })),
    audience: normalizeAudience(input.audience),
    dismissal: input.dismissal ?? 'session',
  };
}

/** Drops repeated tags or clients and fields that do not belong to the kind. */
export function normalizeAudience(audience: Audience | undefined): Audience {
  if (audience?.kind === 'tags') return { kind: 'tags', tags: [...new Set(audience.tags)] };
  if (audience?.kind === 'clients') return { kind: 'clients', clients: [...new Set(audience.clients)] };
  return EVERYONE;
}

/** A fresh opaque token; any change of it tells a writer that someone else wrote in between. */
export function newVersion(): string {
  return crypto.randomUUID();
}

export function newId(): string {
  return crypto.randomUUID();
}

/** The stored record for a new announcement. `input` must already be valid. */
export function createRecord(input: AnnouncementInput, now: Date, id: string = newId()): Announcement {
  const stamp = now.toISOString();
  return { id, ...normalizeInput(input), createdAt: stamp, updatedAt: stamp, revisedAt: stamp, version: newVersion() };
}

/**
 * The record after an edit. `notify` (the default) moves `revisedAt`, so clients who closed
 * or read the old text see the banner again; `notify: false` is a silent fix such as a typo.
 */
export function reviseRecord(
  existing: Announcement,
  input: AnnouncementInput,
  now: Date,
  notify = true,
): Announcement {
  const stamp = now.toISOString();
  return {
    ...existing,
    ...normalizeInput(input),
    updatedAt: stamp,
    revisedAt: notify ? laterInstant(stamp, existing.revisedAt) : existing.revisedAt,
    version: newVersion(),
  };
}

/** Guards against a clock that went backwards: revisedAt must change when notifying. */
function laterInstant(candidate: string, previous: string): string {
  return candidate > previous ? candidate : new Date(Date.parse(previous) + 1).toISOString();
}
