/**
 * Wall-clock dates and times in the firm's time zone, turned into instants and back.
 *
 * The editor's "Remove announcement after" field holds a calendar day and "Publish on" a local
 * date and time; both mean the firm's clock, not the browser's (a firm in Berlin may be edited
 * from a laptop in New York). Only `Intl` knows the zone rules, so the offset of a zone at an
 * instant is read from `Intl.DateTimeFormat` and the instant of a wall time is found by trying
 * the offsets around it, which copes with days that are 23 or 25 hours long.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** A wall-clock reading: month is 1-12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const wallFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone the browser runs in, e.g. "Europe/Berlin". */
export function browserTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Whether `Intl` knows the IANA zone name. */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function offsetFormat(zone: string): Intl.DateTimeFormat {
  let format = offsetFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormats.set(zone, format);
  }
  return format;
}

/** The zone's offset from UTC at `instant`, in milliseconds (east positive: Berlin in winter is +3,600,000). */
export function zoneOffsetMs(instant: number, zone: string): number {
  const name = offsetFormat(zone)
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  // "GMT" for UTC itself, otherwise "GMT+05:30", "GMT-03:00" or (historic zones) "GMT+00:53:28".
  const match = /GMT(?:([+-])(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?)?$/.exec(name ?? '');
  if (!match) throw new RangeError(`Cannot read the offset of time zone ${zone}: ${name}`);
  if (!match[1]) return 0;
  const sign = match[1] === '-' ? -1 : 1;
  const seconds = Number(match[2]) * 3600 + Number(match[3] ?? 0) * 60 + Number(match[4] ?? 0);
  return sign * seconds * 1000;
}

function wallFormat(zone: string): Intl.DateTimeFormat {
  let format = wallFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    wallFormats.set(zone, format);
  }
  return format;
}

/** What a clock in `zone` shows at `instant` (to the minute). */
export function wallTimeAt(instant: number, zone: string): WallTime {
  const parts = Object.fromEntries(
    wallFormat(zone)
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    // Some engines still write midnight as "24" even with h23.
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
  };
}

function asUtc(wall: WallTime): number {
  const date = new Date(Date.UTC(2000, wall.month - 1, wall.day, wall.hour, wall.minute));
  // setUTCFullYear keeps years 0-99 literal, which Date.UTC would map to 1900-1999.
  date.setUTCFullYear(wall.year);
  return date.getTime();
}

function sameWallTime(a: WallTime, b: WallTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;
}

/**
 * The instant at which a clock in `zone` shows `wall`. When the clock shows it twice (the hour
 * repeated when summer time ends) the earlier instant is returned; when it never shows it (the
 * hour skipped when summer time starts) the wall time is read with the offset from before the
 * change, which lands as far after the gap as it was into it: 02:30 on the spring-forward day
 * in Berlin becomes 03:30 summer time. This is what calendars and `Temporal` ("compatible") do.
 */
export function instantOfWallTime(wall: WallTime, zone: string): number {
  const local = asUtc(wall);
  // Any offset change near this wall time lies within a day of it.
  const offsetBefore = zoneOffsetMs(local - DAY_MS, zone);
  const offsetAfter = zoneOffsetMs(local + DAY_MS, zone);
  const candidates = [...new Set([offsetBefore, offsetAfter, zoneOffsetMs(local, zone)])]
    .map((offset) => local - offset)
    .filter((instant) => sameWallTime(wallTimeAt(instant, zone), wall))
    .sort((a, b) => a - b);
  return candidates[0] ?? local - offsetBefore;
}

/** "2027-03-31" -> its parts, or `undefined` when it is not a real calendar date. */
export function parseDateValue(value: string): Pick<WallTime, 'year' | 'month' | 'day'> | undefined {
  const match = /^(\d{4,})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(asUtc({ year, month, day, hour: 0, minute: 0 }));
  const valid = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return valid ? { year, month, day } : undefined;
}

/** "2027-03-31T14:30" (a `datetime-local` value) -> its parts, or `undefined`. */
export function parseDateTimeValue(value: string): WallTime | undefined {
  const match = /^(\d{4,}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value.trim());
  if (!match) return undefined;
  const date = parseDateValue(match[1]);
  const [hour, minute] = [Number(match[2]), Number(match[3])];
  if (!date || hour > 23 || minute > 59) return undefined;
  return { ...date, hour, minute };
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/**
 * "Remove announcement after 2027-03-31" in `zone`: the last millisecond of that day there,
 * i.e. one millisecond before the next day starts, as an ISO instant in UTC. The announcement
 * is visible through the whole of that day and gone after it. `undefined` for an invalid date.
 */
export function endOfDayInstant(dateValue: string, zone: string): string | undefined {
  const date = parseDateValue(dateValue);
  if (!date) return undefined;
  // Date.UTC rolls day 32 over into the next month, and Dec 31 into the next year.
  const next = new Date(asUtc({ ...date, hour: 0, minute: 0 }) + DAY_MS);
  const nextDay: WallTime = {
    year: next.getUTCFullYear(),
    month: next.getUTCMonth() + 1,
    day: next.getUTCDate(),
    hour: 0,
    minute: 0,
  };
  return new Date(instantOfWallTime(nextDay, zone) - 1).toISOString();
}

/** A `datetime-local` value read as the clock in `zone`, as an ISO instant; `undefined` if invalid. */
export function localDateTimeInstant(value: string, zone: string): string | undefined {
  const wall = parseDateTimeValue(value);
  return wall ? new Date(instantOfWallTime(wall, zone)).toISOString() : undefined;
}

/**
 * The day to show in the "Remove announcement after" field for a stored expiry: the day in
 * `zone` of its last visible millisecond, so that `endOfDayInstant` of the result gives the
 * same instant back for every expiry the editor wrote.
 */
export function dateValueOfExpiry(expiresAt: string, zone: string): string {
  const wall = wallTimeAt(Date.parse(expiresAt) - 1, zone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** A stored instant as the `datetime-local` value a clock in `zone` shows then. */
export function dateTimeValueOf(instant: string, zone: string): string {
  const wall = wallTimeAt(Date.parse(instant), zone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/**
 * "Publish on 2027-03-01" in `zone`: the first moment of that day there, as an ISO instant.
 * Start and end are both whole days, so the form asks for both with the same precision.
 */
export function startOfDayInstant(dateValue: string, zone: string): string | undefined {
  return parseDateValue(dateValue) ? localDateTimeInstant(`${dateValue.trim()}T00:00`, zone) : undefined;
}

/** The day in `zone` of a stored start, as a date value. */
export function dateValueOfStart(publishAt: string, zone: string): string {
  return dateTimeValueOf(publishAt, zone).slice(0, 10);
}

/** Today in `zone` as a date value, for the date field's `min`. */
export function todayValue(zone: string, now: number = Date.now()): string {
  const wall = wallTimeAt(now, zone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** Whether two instants are the same to the minute (what a `datetime-local` field can hold). */
export function sameMinute(a: string, b: string): boolean {
  return Math.floor(Date.parse(a) / MINUTE_MS) === Math.floor(Date.parse(b) / MINUTE_MS);
}

/**
 * The one name the editor gives the firm's zone, in hints and after every date: the generic
 * name `Intl` knows in the viewer's language ("Central European Time", "Mitteleuropäische
 * Zeit"), the long name where there is no generic one (UTC), else the IANA id. Never an
 * offset such as "GMT+1", which changes with summer time and means little to most people.
 */
export function zoneName(zone: string, locale: string): string {
  const key = `${zone}|${locale}`;
  let name = zoneNames.get(key);
  if (name === undefined) {
    name = readZoneName(zone, locale);
    zoneNames.set(key, name);
  }
  return name;
}

const zoneNames = new Map<string, string>();

function readZoneName(zone: string, locale: string): string {
  for (const style of ['longGeneric', 'long'] as const) {
    try {
      const name = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style })
        .formatToParts(Date.now())
        .find((part) => part.type === 'timeZoneName')?.value;
      if (name && !name.startsWith('GMT')) return name;
    } catch {
      return zone;
    }
  }
  return zone;
}

/** `Intl` options for the date and time part of "31 Mar 2027, 23:59", read in `zone`. */
export function zonedDateTimeOptions(zone: string): Intl.DateTimeFormatOptions {
  return { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: zone };
}

/** "31 Mar 2027, 23:59 Central European Time": a moment as the firm's clock shows it, with the zone's name. */
export function formatZoned(
  localize: { readonly locale: string; formatDate(instant: string, options?: Intl.DateTimeFormatOptions): string },
  instant: string,
  zone: string,
): string {
  return `${localize.formatDate(instant, zonedDateTimeOptions(zone))} ${zoneName(zone, localize.locale)}`;
}
