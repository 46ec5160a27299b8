/**
 * An ISO 8601 instant with a date, a time and an explicit offset ("Z" or "+01:00"). A date
 * without a zone is refused: it would mean a different moment in every browser. Each field
 * must be in its range as written, since `Date.parse` rolls impossible ones over (`T24:00`
 * becomes the next day), so a typo would silently become another moment.
 */
const ISO_INSTANT =
  /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** Milliseconds since the epoch of an ISO 8601 instant, or `NaN` when it is not one. */
export function parseInstant(value: string): number {
  const [, year, month, day] = ISO_INSTANT.exec(value) ?? [];
  // The day must exist in its month too (`2030-02-30` would become 2 March). The year modulo
  // 400 has the same leap days, and keeps `Date.UTC` from reading years below 100 as 19xx.
  return day && +day <= new Date(Date.UTC((+year % 400) + 2000, +month, 0)).getUTCDate() ? Date.parse(value) : Number.NaN;
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
