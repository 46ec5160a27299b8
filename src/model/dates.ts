/**
 * An ISO 8601 instant with a date, a time and an explicit offset ("Z" or "+01:00"). A date
 * without a zone is refused: it would mean a different moment in every browser.
 */
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** Milliseconds since the epoch of an ISO 8601 instant, or `NaN` when it is not one. */
export function parseInstant(value: string): number {
  const parts = ISO_INSTANT.exec(value);
  return parts && fieldsInRange(parts) ? Date.parse(value) : Number.NaN;
}

/**
 * `Date.parse` rolls impossible fields over (`2030-02-30` becomes 2 March, `T24:00` the next
 * day), so a typo would silently become another moment: each field must exist as written.
 */
function fieldsInRange(parts: RegExpExecArray): boolean {
  const [year, month, day, hour, minute, second = 0, offsetHours = 0, offsetMinutes = 0] = parts.slice(1).map((part) =>
    part === undefined ? undefined : Number(part),
  ) as number[];
  const leapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 ? (leapYear ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 59 &&
    offsetHours <= 23 && offsetMinutes <= 59
  );
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
