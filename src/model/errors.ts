import type { Announcement } from './announcement.js';
import { describeFieldErrors, type FieldErrors } from './validate.js';

/** Base of every error an adapter throws on purpose; `code` lets elements pick a message. */
export class AnnouncementError extends Error {
  readonly code: 'validation' | 'conflict' | 'not-found' | 'unavailable' | 'read-only';
  constructor(code: AnnouncementError['code'], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** The input was refused; `fieldErrors` says which fields and why. */
export class ValidationError extends AnnouncementError {
  readonly fieldErrors: FieldErrors;
  constructor(fieldErrors: FieldErrors, message = `Invalid announcement: ${describeFieldErrors(fieldErrors)}`) {
    super('validation', message);
    this.fieldErrors = fieldErrors;
  }
}

/** Someone else changed or deleted the announcement since `expectedVersion` was read. */
export class ConflictError extends AnnouncementError {
  /** The announcement as it is now, when the source knows it (`undefined` if it was deleted). */
  readonly current?: Announcement;
  constructor(id: string, current?: Announcement) {
    super('conflict', `Announcement ${id} was changed by someone else`);
    this.current = current;
  }
}

export class NotFoundError extends AnnouncementError {
  readonly id: string;
  constructor(id: string) {
    super('not-found', `Announcement ${id} does not exist`);
    this.id = id;
  }
}

/** The source cannot be reached or used right now (network down, storage refused). */
export class AdapterUnavailableError extends AnnouncementError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('unavailable', message, options);
  }
}

/** The adapter has no write methods; raised by elements that need them. */
export class ReadOnlyAdapterError extends AnnouncementError {
  constructor() {
    super('read-only', 'This announcement source is read-only');
  }
}

/**
 * A record given to seed an adapter cannot be an announcement. Thrown where the seed is
 * handed over, so the mistake shows at the line that made it instead of as an empty banner.
 */
export class InvalidSeedError extends AnnouncementError {
  /** The record's position in the seed list. */
  readonly index: number;
  /** The first field that was refused; absent when the record is not an object at all. */
  readonly field?: string;
  constructor(index: number, problem: { message: string; field?: string; id?: string; title?: string }) {
    const names = [problem.id === undefined ? '' : `id "${problem.id}"`, problem.title === undefined ? '' : `"${problem.title}"`]
      .filter(Boolean)
      .join(', ');
    super('validation', `Announcement record ${index}${names ? ` (${names})` : ''} is invalid: ${problem.message}`);
    this.index = index;
    this.field = problem.field;
  }
}
