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
