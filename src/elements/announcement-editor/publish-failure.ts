import type { Announcement } from '../../model/announcement.js';
import { AdapterUnavailableError, ConflictError, NotFoundError, ValidationError } from '../../model/errors.js';
import type { FieldErrors } from '../../model/validate.js';

/** Why publishing did not go through, as the form must explain it. */
export type PublishFailure =
  /** Someone else saved a newer version; `current` is it when the source said so. */
  | { kind: 'conflict'; current?: Announcement }
  /** The announcement being edited no longer exists. */
  | { kind: 'deleted' }
  /** The source refused the input (a server's rules may be stricter than the form's). */
  | { kind: 'invalid'; fieldErrors: FieldErrors }
  /** Network or storage down: the same request may work a moment later. */
  | { kind: 'unavailable' }
  | { kind: 'failed'; reason: string };

/** Sorts an adapter's error into what the form can do about it. */
export function classifyPublishError(error: unknown): PublishFailure {
  if (error instanceof ConflictError) return { kind: 'conflict', current: error.current };
  if (error instanceof NotFoundError) return { kind: 'deleted' };
  if (error instanceof ValidationError) return { kind: 'invalid', fieldErrors: error.fieldErrors };
  // fetch() rejects with a TypeError when the network is down.
  if (error instanceof AdapterUnavailableError || error instanceof TypeError) return { kind: 'unavailable' };
  return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
}
