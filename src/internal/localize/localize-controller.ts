import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { announcementsConfig, CONFIG_CHANGED_EVENT } from '../../configure.js';

/** Every built-in text of an element, per language. English is the fallback for any gap. */
export type Translations<T extends Record<string, string>> = { en: T; de: T };

export const SUPPORTED_LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

type Host = ReactiveControllerHost & HTMLElement;

/** Hosts re-render when a `lang`/`dir` attribute anywhere on the page changes. */
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

function watchPage(): void {
  if (observer || typeof MutationObserver !== 'function') return;
  observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  window.addEventListener(CONFIG_CHANGED_EVENT, () => hosts.forEach((host) => host.requestUpdate()));
}

/** The nearest ancestor (crossing shadow roots) that carries `attribute`. */
function closestWithAttribute(element: Element, attribute: string): Element | null {
  let node: Element | null = element;
  while (node) {
    const match: Element | null = node.closest(`[${attribute}]`);
    if (match) return match;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * The language an element is read in: its nearest `lang` attribute (crossing shadow roots),
 * then `configureAnnouncements({ locale })`, then English. Any tag, also one the built-in texts
 * do not cover (announcements may have a variant for it).
 */
export function elementLocale(element: Element): string {
  return closestWithAttribute(element, 'lang')?.getAttribute('lang') || announcementsConfig().locale || 'en';
}

/** "de-AT" -> "de"; anything unsupported -> "en". */
export function toSupportedLanguage(tag: string | undefined | null): Language {
  const base = (tag ?? '').toLowerCase().split('-')[0];
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
}

/**
 * Gives an element its texts in the page's language: the nearest `lang` attribute decides,
 * then `configureAnnouncements({ locale })`, then English. Hosts may override any text with
 * `configureAnnouncements({ strings })`. Elements that show dates use `DateLocalizeController`.
 */
export class LocalizeController<T extends Record<string, string>> implements ReactiveController {
  constructor(
    private readonly host: Host,
    private readonly translations: Translations<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    watchPage();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  /** The full locale tag for `Intl` ("de-AT"), from the nearest `lang` or the configuration. */
  get locale(): string {
    return elementLocale(this.host);
  }

  get language(): Language {
    return toSupportedLanguage(this.locale);
  }

  get dir(): 'ltr' | 'rtl' {
    return closestWithAttribute(this.host, 'dir')?.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr';
  }

  /** All texts in the current language, with the host's overrides applied. */
  get strings(): T {
    const language = this.language;
    const overrides = announcementsConfig().strings;
    return {
      ...this.translations.en,
      ...this.translations[language],
      ...(overrides?.[language] ?? {}),
    } as T;
  }

  /** One text with `{name}` placeholders filled in; numbers are written the viewer's way ("20.000"). */
  text(key: keyof T, values: Record<string, string | number> = {}): string {
    return String(this.strings[key]).replace(/\{(\w+)\}/g, (whole, name: string) => {
      if (!(name in values)) return whole;
      const value = values[name];
      return typeof value === 'number' ? this.formatNumber(value) : value;
    });
  }

  formatNumber(value: number): string {
    try {
      return new Intl.NumberFormat(this.locale).format(value);
    } catch {
      return String(value);
    }
  }
}
