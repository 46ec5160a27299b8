import type { Announcement, AnnouncementInput } from './announcement.js';
import { isInstant, normalizeInstant } from './dates.js';
import { normalizeInput } from './records.js';
import { describeFieldErrors, hasErrors, validateInput } from './validate.js';

/** Why a record from a data source was skipped. */
export interface RecordError {
  /** Position in the source list. */
  index: number;
  /** The record's id when it had a usable one. */
  id?: string;
  message: string;
}

/** Why one record cannot be an announcement: the field at fault (when one is) and what is wrong. */
export interface ParseFailure {
  ok: false;
  message: string;
  id?: string;
  /** The first field that was refused; absent when the record as a whole is unusable. */
  field?: string;
}

export type ParseResult = { ok: true; announcement: Announcement } | ParseFailure;

/**
 * Turns one record of unknown shape (from storage or a server) into an `Announcement`, or says
 * why it cannot be one. A missing severity means "info"; anything else malformed is refused
 * whole rather than rendered half-broken.
 */
export function parseAnnouncement(raw: unknown): ParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, message: 'record is not an object' };
  }
  const record = raw as Record<string, unknown>;
  const id = typeof record.id === 'string' && record.id.length > 0 ? record.id : undefined;
  if (id === undefined) return { ok: false, field: 'id', message: 'id must be a non-empty string' };
  const refuse = (field: string, message: string): ParseFailure => ({ ok: false, id, field, message });

  const fieldErrors = validateInput(record);
  if (hasErrors(fieldErrors)) return refuse(Object.keys(fieldErrors)[0], describeFieldErrors(fieldErrors));

  // Sources written before revisions and versions existed have only `updatedAt`.
  const { createdAt, updatedAt } = record;
  const revisedAt = record.revisedAt ?? updatedAt;
  const version = record.version ?? updatedAt;
  const stamps = { createdAt, updatedAt, revisedAt };
  for (const [field, value] of Object.entries(stamps)) {
    if (!isInstant(value)) return refuse(field, `${field} must be an ISO 8601 instant`);
  }
  if (typeof version !== 'string' || version.length === 0) return refuse('version', 'version must be a non-empty string');

  return {
    ok: true,
    announcement: {
      id,
      // Validated above, so the record has the input's shape; absent optional fields get their
      // defaults (a missing severity means "info").
      ...normalizeInput(record as unknown as AnnouncementInput),
      createdAt: normalizeInstant(createdAt as string),
      updatedAt: normalizeInstant(updatedAt as string),
      revisedAt: normalizeInstant(revisedAt as string),
      version,
    },
  };
}

/**
 * Parses a whole list: the good records, and one error per record that was skipped.
 * `parseOne` parses each record; a caller may pass one that remembers earlier results.
 */
export function parseAnnouncementList(
  raw: unknown,
  parseOne: (record: unknown) => ParseResult = parseAnnouncement,
): { announcements: Announcement[]; errors: RecordError[] } {
  if (!Array.isArray(raw)) {
    return { announcements: [], errors: [{ index: -1, message: 'expected a list of announcements' }] };
  }
  const announcements: Announcement[] = [];
  const errors: RecordError[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const result = parseOne(item);
    if (!result.ok) {
      errors.push({ index, id: result.id, message: result.message });
    } else if (seen.has(result.announcement.id)) {
      errors.push({ index, id: result.announcement.id, message: 'duplicate id' });
    } else {
      seen.add(result.announcement.id);
      announcements.push(result.announcement);
    }
  });
  return { announcements, errors };
}
