import type { Announcement, AnnouncementInput, Severity } from '../../model/announcement.js';
import type { FieldErrors } from '../../model/validate.js';
import { dateTimeValueOf, dateValueOfExpiry, endOfDayInstant, localDateTimeInstant } from './time-zone.js';

/** What the form's fields hold: strings as the inputs give them, read in the firm's zone on publish. */
export interface FormValues {
  title: string;
  body: string;
  severity: Severity;
  /** `type="date"` value ("2027-03-31") or "". */
  expiresDate: string;
  /** `type="datetime-local"` value ("2027-03-01T08:00") or "". */
  publishOn: string;
  /** Only used when editing: move `revisedAt` so clients see the banner again. */
  notify: boolean;
}

export const emptyValues = (): FormValues => ({
  title: '',
  body: '',
  severity: 'info',
  expiresDate: '',
  publishOn: '',
  notify: true,
});

export function valuesFromAnnouncement(announcement: Announcement, zone: string): FormValues {
  return {
    title: announcement.title,
    body: announcement.body,
    severity: announcement.severity,
    expiresDate: announcement.expiresAt ? dateValueOfExpiry(announcement.expiresAt, zone) : '',
    publishOn: announcement.publishAt ? dateTimeValueOf(announcement.publishAt, zone) : '',
    notify: true,
  };
}

export function sameValues(a: FormValues, b: FormValues): boolean {
  return (Object.keys(a) as Array<keyof FormValues>).every((key) => a[key] === b[key]);
}

/**
 * Turns the fields into the adapter's input. A date field left as it was loaded keeps the
 * stored instant exactly, so an expiry or publish time written elsewhere (say 15:00) is not
 * moved to the end of the day, or to the whole minute, by a mere typo fix. Fields that cannot
 * be read as dates are reported in `errors` with the model's codes.
 */
export function inputFromValues(
  values: FormValues,
  zone: string,
  original?: Announcement,
): { input: AnnouncementInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const originalValues = original ? valuesFromAnnouncement(original, zone) : undefined;

  let expiresAt: string | null = null;
  if (values.expiresDate) {
    if (originalValues && original?.expiresAt && values.expiresDate === originalValues.expiresDate) {
      expiresAt = original.expiresAt;
    } else {
      expiresAt = endOfDayInstant(values.expiresDate, zone) ?? null;
      if (!expiresAt) errors.expiresAt = 'invalid-date';
    }
  }

  let publishAt: string | null = null;
  if (values.publishOn) {
    if (originalValues && original?.publishAt && values.publishOn === originalValues.publishOn) {
      publishAt = original.publishAt;
    } else {
      publishAt = localDateTimeInstant(values.publishOn, zone) ?? null;
      if (!publishAt) errors.publishAt = 'invalid-date';
    }
  }

  return {
    input: { title: values.title, body: values.body, severity: values.severity, expiresAt, publishAt },
    errors,
  };
}
