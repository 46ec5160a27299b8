import { html, nothing, type TemplateResult } from 'lit';
import type { Announcement } from '../../model/announcement.js';
import type { EditorStrings } from './editor-strings.js';
import { languageName } from './panel-languages.js';

/** What a list row needs to say who sees an announcement and how it may be dismissed. */
export interface RowReachLocalize {
  readonly strings: EditorStrings;
  readonly locale: string;
  text(key: keyof EditorStrings, values?: Record<string, string | number>): string;
}

/** "Clients with tags: business, vip" or "3 selected clients"; nothing for all clients. */
function audienceText(localize: RowReachLocalize, { audience }: Announcement): string | undefined {
  if (audience.kind === 'tags') return localize.text('rowAudienceTags', { tags: audience.tags.join(', ') });
  if (audience.kind !== 'clients') return undefined;
  const count = audience.clients.length;
  const one = new Intl.PluralRules(localize.locale).select(count) === 'one';
  return localize.text(one ? 'rowAudienceClient' : 'rowAudienceClients', { count });
}

/** "English · German" when it has variants; nothing for one language. */
function languagesText(localize: RowReachLocalize, { language, variants }: Announcement): string | undefined {
  if (!variants.length) return undefined;
  const tags = [language, ...variants.map((variant) => variant.language)].filter((tag): tag is string => Boolean(tag));
  return tags.map((tag) => languageName(tag, localize.locale)).join(' · ');
}

/**
 * A row's second line when an announcement differs from the defaults: its audience, how it
 * may be dismissed and its languages, as plain text. Nothing for all clients, "until the next
 * login" and one language, so such rows look as before. Each part takes its own direction
 * ("3 selected clients" stays in that order on a right-to-left page).
 */
export function renderRowReach(localize: RowReachLocalize, announcement: Announcement): TemplateResult | typeof nothing {
  const dismissal = announcement.dismissal === 'once' ? localize.strings.rowDismissalOnce : announcement.dismissal === 'never' ? localize.strings.rowDismissalNever : undefined;
  const parts = [audienceText(localize, announcement), dismissal, languagesText(localize, announcement)].filter((part): part is string => Boolean(part));
  if (!parts.length) return nothing;
  return html`<p class="row-meta" part="row-reach">${parts.map((part) => html`<span dir="auto">${part}</span>`)}</p>`;
}
