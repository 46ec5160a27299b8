import type { Announcement } from './announcement.js';

/**
 * The canonical form of a BCP 47 language tag (`de-at` -> `de-AT`), or `undefined` when the
 * text is not one. Only language tags are accepted, not `*` or private-use-only tags.
 */
export function canonicalLanguage(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || !/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(tag)) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** `de-AT` -> `de`: the part two tags must share to be the same language. */
const primary = (tag: string) => tag.split('-')[0].toLowerCase();

/**
 * The announcement as a reader of `wanted` sees it: the variant in exactly that language, else
 * one in the same primary language (`de` for `de-AT` and the other way round), else the default
 * text. `language` then names the language shown (`null` when the default has none); the
 * variants are kept, so the result can be localized again.
 */
export function inLanguage(announcement: Announcement, wanted: string | undefined): Announcement {
  const tag = wanted && canonicalLanguage(wanted);
  if (!tag || announcement.variants.length === 0) return announcement;
  const texts = [announcement, ...announcement.variants];
  const shown =
    texts.find((text) => text.language === tag) ?? texts.find((text) => text.language !== null && primary(text.language) === primary(tag));
  if (!shown || shown === announcement) return announcement;
  return { ...announcement, title: shown.title, body: shown.body, language: shown.language };
}
