import { fixtureCleanup } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { resetAnnouncementsConfig } from '../../src/configure.js';

/** How a screenshot is taken: colour scheme, language, direction and screen size. */
export interface Look {
  theme?: 'light' | 'dark' | 'forced';
  lang?: 'en' | 'de';
  dir?: 'ltr' | 'rtl';
  /** `phone` is 390 x 844 (a common phone in CSS pixels); `desktop` 1280 x 800. */
  screen?: 'desktop' | 'phone';
}

export const LOOKS: Record<string, Look> = {
  light: {},
  dark: { theme: 'dark' },
  forced: { theme: 'forced' },
  german: { lang: 'de' },
  rtl: { dir: 'rtl' },
  phone: { screen: 'phone' },
};

const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

/**
 * Sets the page up the same way on every machine: the viewport, the colour scheme, no motion,
 * a pinned font (Liberation Sans, which `scripts/install-browsers.sh` installs) and the
 * document's language and direction, which the elements follow.
 */
export async function applyLook(look: Look): Promise<void> {
  resetAnnouncementsConfig();
  await setViewport(SIZES[look.screen ?? 'desktop']);
  await emulateMedia({ colorScheme: look.theme === 'dark' ? 'dark' : 'light', reducedMotion: 'reduce' });
  await executeServerCommand('emulate-forced-colors', { active: look.theme === 'forced' });
  document.documentElement.lang = look.lang ?? 'en';
  document.documentElement.dir = look.dir ?? 'ltr';
  const page = document.body.style;
  page.margin = '0';
  page.padding = '16px';
  page.fontFamily = "'Liberation Sans', Arial, sans-serif";
  page.setProperty('--announcement-font-family', "'Liberation Sans', Arial, sans-serif");
  page.background = look.theme === 'dark' ? '#0d1117' : look.theme === 'forced' ? 'Canvas' : '#f6f8fa';
  page.color = look.theme === 'dark' ? '#e6edf3' : 'CanvasText';
}

/** Back to a plain page between tests. */
export async function resetLook(): Promise<void> {
  fixtureCleanup();
  await applyLook({});
}

/**
 * The browser half of the visual-regression plugin's `visual-diff` command: the plugin finds
 * the element under `__WTR_VISUAL_REGRESSION__[id]`, screenshots it and compares it with the
 * baseline. (The package's own browser module has no type declarations TypeScript 7 reads.)
 */
const registry: Record<string, Element> = ((window as unknown as { __WTR_VISUAL_REGRESSION__?: Record<string, Element> }).__WTR_VISUAL_REGRESSION__ ??= {});
let nextId = 0;

async function visualDiff(element: Element, name: string): Promise<void> {
  const id = String(++nextId);
  registry[id] = element;
  try {
    const result = await executeServerCommand<{ passed: boolean; errorMessage?: string }, { id: string; name: string }>('visual-diff', { id, name });
    if (!result?.passed) throw new Error(result?.errorMessage ?? `The look of ${name} could not be compared.`);
  } finally {
    delete registry[id];
  }
}

/** The focused element, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Compares `element` with its baseline `name`. A blinking caret would make text fields differ
 * from run to run, so a focused text field is blurred first; other focus (a focus ring is part
 * of the look) stays.
 */
export async function expectLook(element: Element, name: string): Promise<void> {
  const active = deepActive();
  if (active instanceof HTMLInputElement && ['text', 'date'].includes(active.type)) active.blur();
  if (active instanceof HTMLTextAreaElement) active.blur();
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await visualDiff(element, name);
}
