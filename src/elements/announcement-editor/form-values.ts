import type { Announcement, AnnouncementInput, Audience, DismissalMode, Severity } from '../../model/announcement.js';
import { validateInput, type FieldErrors } from '../../model/validate.js';
import { dateValueOfExpiry, dateValueOfStart, endOfDayInstant, startOfDayInstant } from './time-zone.js';

/** What the form's fields hold: strings as the inputs give them, read in the firm's zone on publish. */
export interface FormValues {
  title: string;
  body: string;
  severity: Severity;
  /** `type="date"` value ("2027-03-31") or "". */
  expiresDate: string;
  /** `type="date"` value ("2027-03-01") or "": visible from the start of that day. */
  publishOn: string;
  /** Only used when editing: move `revisedAt` so clients see the banner again. */
  notify: boolean;
  /** The language of `title` and `body` (BCP 47). */
  language: string;
  /** The same text in other languages, in the order they were added. */
  variants: VariantValues[];
  /** Who sees it; the tags and clients are kept while another choice is made. */
  audience: Audience['kind'];
  tags: string[];
  clients: string[];
  dismissal: DismissalMode;
  /** For dismissal "never" without an end date: the author confirmed it stays until deleted. */
  keepUntilDeleted: boolean;
}

export interface VariantValues {
  language: string;
  title: string;
  body: string;
}

/** A new announcement's fields; its text is taken to be in `language` (the editor's). */
export const emptyValues = (language = 'en'): FormValues => ({
  title: '',
  body: '',
  severity: 'info',
  expiresDate: '',
  publishOn: '',
  notify: true,
  language,
  variants: [],
  audience: 'all',
  tags: [],
  clients: [],
  dismissal: 'session',
  keepUntilDeleted: false,
});

/** The fields of a stored announcement; one written without a language is read as in `language`. */
export function valuesFromAnnouncement(announcement: Announcement, zone: string, language = 'en'): FormValues {
  const { audience } = announcement;
  return {
    title: announcement.title,
    body: announcement.body,
    severity: announcement.severity,
    expiresDate: announcement.expiresAt ? dateValueOfExpiry(announcement.expiresAt, zone) : '',
    publishOn: announcement.publishAt ? dateValueOfStart(announcement.publishAt, zone) : '',
    notify: true,
    language: announcement.language ?? language,
    variants: announcement.variants.map(({ language: tag, title, body }) => ({ language: tag, title, body })),
    audience: audience.kind,
    tags: audience.kind === 'tags' ? [...audience.tags] : [],
    clients: audience.kind === 'clients' ? [...audience.clients] : [],
    dismissal: announcement.dismissal,
    // Published without an end date, it was confirmed then.
    keepUntilDeleted: announcement.dismissal === 'never' && !announcement.expiresAt,
  };
}

/** The audience the fields describe. */
export function audienceOf(values: FormValues): Audience {
  if (values.audience === 'tags') return { kind: 'tags', tags: values.tags };
  if (values.audience === 'clients') return { kind: 'clients', clients: values.clients };
  return { kind: 'all' };
}

/**
 * Values saved by an earlier version of the form, whose "Publish on" held a date and a time,
 * read as today's fields: the day is kept, so a restored draft stays valid.
 */
export function upgradeValues(values: FormValues): FormValues {
  return { ...values, publishOn: values.publishOn.slice(0, 10) };
}

/** Field values are strings, booleans and lists of them (or of variants): equal when they read the same. */
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The fields whose values differ, in the form's order. */
export function changedFields(a: FormValues, b: FormValues): Array<keyof FormValues> {
  const order: Array<keyof FormValues> = ['title', 'severity', 'body', 'variants', 'language', 'audience', 'tags', 'clients', 'dismissal', 'keepUntilDeleted', 'publishOn', 'expiresDate'];
  return order.filter((key) => !same(a[key], b[key]));
}


/**
 * "Keep mine": the author's edit re-applied on someone else's newer version. A field the
 * author changed keeps the author's value; a field they left alone takes the newer one, so
 * a colleague's fix elsewhere in the form is not undone. Without `base` every field is mine.
 */
export function rebaseValues(mine: FormValues, base: FormValues | undefined, theirs: FormValues): FormValues {
  if (!base) return { ...mine };
  const result = { ...theirs, notify: mine.notify };
  for (const key of changedFields(mine, base)) (result as Record<string, unknown>)[key] = mine[key];
  return result;
}

export function sameValues(a: FormValues, b: FormValues): boolean {
  return (Object.keys(a) as Array<keyof FormValues>).every((key) => same(a[key], b[key]));
}

/**
 * Turns the fields into the adapter's input. A date field left as it was loaded keeps the
 * stored instant exactly, so an expiry or publish time written elsewhere (say 15:00) is not
 * moved to the start or end of its day by a mere typo fix. Fields that cannot
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
      publishAt = startOfDayInstant(values.publishOn, zone) ?? null;
      if (!publishAt) errors.publishAt = 'invalid-date';
    }
  }

  // "Not at all" needs an end or the author's word that it stays until deleted.
  if (values.dismissal === 'never' && !values.expiresDate && !values.keepUntilDeleted) errors.dismissal = 'required';

  return {
    input: {
      title: values.title,
      body: values.body,
      severity: values.severity,
      expiresAt,
      publishAt,
      language: values.language || null,
      variants: values.variants,
      audience: audienceOf(values),
      dismissal: values.dismissal,
    },
    errors,
  };
}

/** The form's errors: the model's rules, plus dates that cannot be read. */
export function validateValues(values: FormValues, zone: string, original?: Announcement): FieldErrors {
  const { input, errors } = inputFromValues(values, zone, original);
  // An unchanged expiry of an announcement that already ended may stay: fixing a typo in an
  // old notice must not force a new date. A newly chosen date must not lie in the past.
  const expiryChanged = !original || input.expiresAt !== original.expiresAt;
  return { ...validateInput(input, expiryChanged ? { now: Date.now() } : {}), ...errors };
}
