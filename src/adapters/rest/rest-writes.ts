import type { Announcement, AnnouncementInput } from '../../model/announcement.js';
import type { ParseResult } from '../../model/parse.js';
import type { ReceiptSummary } from '../../model/receipts.js';
import type { RemoveOptions, UpdateOptions } from '../types.js';
import { errorFromResponse, type RestModel } from './error-mapping.js';
import type { HttpRequest, HttpResult } from './http.js';
import type { WriteContext } from './mapping.js';
import type { RestAdapterOptions } from './rest-options.js';

/**
 * What the writes need of their `RestAdapter`. Client pages only read, so the writes load with
 * the first one (or with the first error answer, which they map); they import nothing but types
 * and modules of their own and are handed the adapter's plumbing and the model's classes,
 * because a module they shared with the reading code would be split off into one more chunk
 * that every page loads.
 */
export interface RestWriteTarget {
  readonly baseUrl: string;
  readonly options: RestAdapterOptions;
  readonly model: RestModel;
  requestHeaders(withJsonBody: boolean): Promise<Headers>;
  send(request: HttpRequest): Promise<HttpResult>;
  /** A server record through the mapping hook and validation. */
  read(raw: unknown): ParseResult;
  /** An answer's JSON; an `AdapterUnavailableError` naming `request` when it is malformed. */
  json(text: string, request: string): unknown;
  recordUrl(id: string): string;
  /** Tells subscribers that the collection changed. */
  changed(): void;
}

/** The typed error for a failed answer (see `error-mapping.ts`); the adapter's reads use it too. */
export function errorFor(target: RestWriteTarget, result: HttpResult, method: string, id?: string): Error {
  return errorFromResponse(result, {
    request: `${method} ${id === undefined ? target.baseUrl : target.recordUrl(id)}`,
    id,
    readCurrent: (raw) => {
      const parsed = target.read(raw);
      return parsed.ok ? parsed.announcement : undefined;
    },
    model: target.model,
  });
}

export async function createAnnouncement(target: RestWriteTarget, input: AnnouncementInput): Promise<Announcement> {
  const headers = await target.requestHeaders(true);
  const idempotent = target.options.idempotencyKeys === true;
  if (idempotent) headers.set('Idempotency-Key', crypto.randomUUID());
  const body = (target.options.fromInput ?? defaultFromInput)(input, { operation: 'create', notify: true });
  const result = await target.send({ method: 'POST', url: target.baseUrl, headers, body: JSON.stringify(body), idempotent });
  if (!isSuccess(result)) throw errorFor(target, result, 'POST');
  const created = readRecord(target, result, 'POST');
  target.changed();
  return created;
}

export async function updateAnnouncement(
  target: RestWriteTarget,
  id: string,
  input: AnnouncementInput,
  options: UpdateOptions = {},
): Promise<Announcement> {
  const headers = await target.requestHeaders(true);
  headers.set('If-Match', ifMatch(options.expectedVersion));
  const notify = options.notify ?? true;
  const body = (target.options.fromInput ?? defaultFromInput)(input, { operation: 'update', notify });
  const result = await target.send({ method: 'PUT', url: target.recordUrl(id), headers, body: JSON.stringify(body), idempotent: true });
  if (!isSuccess(result)) {
    const error = errorFor(target, result, 'PUT', id);
    // A PUT whose first attempt did land but lost its answer meets its own write as the
    // "conflict" when it is sent again, by us or by the browser itself (Firefox resends an
    // idempotent request whose reused connection was reset).
    const landed = ownWrite(target.model, error, input);
    if (!landed) throw error;
    target.changed();
    return landed;
  }
  const updated = readRecord(target, result, 'PUT');
  target.changed();
  return updated;
}

export async function removeAnnouncement(target: RestWriteTarget, id: string, options: RemoveOptions = {}): Promise<void> {
  const headers = await target.requestHeaders(false);
  headers.set('If-Match', ifMatch(options.expectedVersion));
  const result = await target.send({ method: 'DELETE', url: target.recordUrl(id), headers, idempotent: true });
  // A retried DELETE whose first attempt did land finds nothing left to delete: that is success.
  const deletedEarlier = result.status === 404 && result.attempts > 1;
  if (!isSuccess(result) && !deletedEarlier) throw errorFor(target, result, 'DELETE', id);
  target.changed();
}

/** `GET {baseUrl}/{id}/receipts`: the counts of the current revision (staff only). */
export async function receiptSummary(target: RestWriteTarget, id: string, signal?: AbortSignal): Promise<ReceiptSummary> {
  const headers = await target.requestHeaders(false);
  const result = await target.send({ method: 'GET', url: `${target.recordUrl(id)}/receipts`, headers, signal, idempotent: true });
  if (!isSuccess(result)) throw errorFor(target, result, 'GET', id);
  const summary = readSummary(result.text);
  // A success without a summary in it is a server out of contract: unavailable, not a user error.
  if (!summary) throw errorFor(target, result, 'GET', id);
  return summary;
}

/** The summary in an answer, when it has the contract's shape. */
function readSummary(text: string): ReceiptSummary | undefined {
  try {
    const value = JSON.parse(text) as ReceiptSummary;
    const counts = [value.seen, value.opened, value.audienceSize ?? 0].every((count) => Number.isInteger(count) && count >= 0);
    const notOpened = value.notOpened === null || (Array.isArray(value.notOpened) && value.notOpened.every((user) => typeof user === 'string'));
    return counts && notOpened && typeof value.id === 'string' && typeof value.revisedAt === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The default `fromInput`: the input's fields, plus `notify` on updates. */
export function defaultFromInput(input: AnnouncementInput, context: WriteContext): unknown {
  const { title, body, severity, publishAt, expiresAt, language, variants, audience, dismissal } = input;
  const fields = { title, body, severity, publishAt, expiresAt, language, variants, audience, dismissal };
  return context.operation === 'update' ? { ...fields, notify: context.notify } : fields;
}

/** The announcement in a successful answer; throws when it is not one. */
function readRecord(target: RestWriteTarget, result: HttpResult, method: string): Announcement {
  const parsed = target.read(target.json(result.text, `${method} ${target.baseUrl}`));
  if (!parsed.ok) {
    throw new target.model.AdapterUnavailableError(`${method} ${target.baseUrl} answered an invalid announcement: ${parsed.message}`);
  }
  return parsed.announcement;
}

/** The current version a conflict carries, when it already holds exactly this edit. */
function ownWrite(model: RestModel, error: Error, input: AnnouncementInput): Announcement | undefined {
  return error instanceof model.ConflictError && error.current && hasContent(model, error.current, input) ? error.current : undefined;
}

/** Whether a stored announcement already carries exactly this edit. */
function hasContent(model: RestModel, current: Announcement, input: AnnouncementInput): boolean {
  try {
    const wanted = model.normalizeInput(input);
    return (Object.keys(wanted) as Array<keyof typeof wanted>).every((field) => JSON.stringify(current[field]) === JSON.stringify(wanted[field]));
  } catch {
    return false;
  }
}

const isSuccess = (result: HttpResult) => result.status >= 200 && result.status < 300;

/** A version as an entity tag; no version means "whatever is current" (`*`). */
function ifMatch(version: string | undefined): string {
  if (version === undefined) return '*';
  return /^(W\/)?".*"$/.test(version) ? version : `"${version}"`;
}
