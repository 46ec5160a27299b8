import { LocalizeController } from './localize-controller.js';

/**
 * Formatters by locale and options. Creating an `Intl.DateTimeFormat` costs far more than
 * using one, and a list formats a date per item on every render.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      // An invalid locale tag from the page must not break rendering.
      format = new Intl.DateTimeFormat('en', options);
    }
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * A `LocalizeController` that also formats dates with `Intl`, in the same locale as the texts.
 * Kept apart because the banner shows no dates and is on every portal page.
 */
export class DateLocalizeController<T extends Record<string, string>> extends LocalizeController<T> {
  /** A date in the viewer's language; `timeZone` when it must be a particular zone's wall clock. */
  formatDate(instant: string | number | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
    const date = instant instanceof Date ? instant : new Date(instant);
    return dateFormat(this.locale, options).format(date);
  }
}
