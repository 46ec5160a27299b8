import type { Announcement, AnnouncementInput } from '../model/announcement.js';
import { ConflictError, NotFoundError, ValidationError } from '../model/errors.js';
import { createRecord, reviseRecord } from '../model/records.js';
import { hasErrors, validateInput } from '../model/validate.js';
import type { RemoveOptions, UpdateOptions } from './types.js';

/**
 * The write rules every storing adapter shares (and the reference server mirrors): validate,
 * check the expected version, stamp the record. Pure functions over the current record, so an
 * adapter can run them inside its own atomic step.
 */
export function recordToCreate(input: AnnouncementInput, now = new Date()): Announcement {
  assertValid(input);
  return createRecord(input, now);
}

export function recordToUpdate(
  id: string,
  existing: Announcement | undefined,
  input: AnnouncementInput,
  options: UpdateOptions = {},
  now = new Date(),
): Announcement {
  assertValid(input);
  if (!existing) throw new NotFoundError(id);
  assertExpectedVersion(id, existing, options.expectedVersion);
  return reviseRecord(existing, input, now, options.notify ?? true);
}

export function checkRemove(id: string, existing: Announcement | undefined, options: RemoveOptions = {}): void {
  if (!existing) throw new NotFoundError(id);
  assertExpectedVersion(id, existing, options.expectedVersion);
}

function assertValid(input: AnnouncementInput): void {
  const errors = validateInput(input);
  if (hasErrors(errors)) throw new ValidationError(errors);
}

function assertExpectedVersion(id: string, existing: Announcement, expectedVersion: string | undefined): void {
  if (expectedVersion !== undefined && expectedVersion !== existing.version) throw new ConflictError(id, existing);
}
