/**
 * An ISO 8601 instant with a date, a time and an explicit offset ("Z" or "+01:00"). A date
 * without a zone is refused: it would mean a different moment in every browser.
 */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch of an ISO 8601 instant, or `NaN` when it is not one. */
export function parseInstant(value: string): number {
  return ISO_INSTANT.test(value) ? Date.parse(value) : Number.NaN;
}

export function isInstant(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(parseInstant(value));
}

/** Normalises an instant to `toISOString()` form so equal moments compare equal as strings. */
export function normalizeInstant(value: string): string {
  return new Date(parseInstant(value)).toISOString();
}

export function toMillis(now: Date | number): number {
  return typeof now === 'number' ? now : now.getTime();
}
