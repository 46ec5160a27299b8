// The peer: what a portal team would assemble instead of the product's banner. A Shoelace
// `sl-alert` with the announcement in the page's markup, closable, its dismissal remembered in
// localStorage and checked before the alert opens, so a closed alert stays closed on later
// pages. Measured the same way as the banner: its region shown and laid out.
import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import type SlAlert from '@shoelace-style/shoelace/dist/components/alert/alert.js';
import { publishBannerShown } from '../shared.js';

const DISMISSED_KEY = 'portal-dismissed-announcements';
const alert = document.querySelector<SlAlert>('sl-alert')!;

function dismissed(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(DISMISSED_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

const id = alert.dataset.announcementId!;
alert.open = !dismissed().includes(id);
alert.addEventListener('sl-after-hide', () => {
  try {
    localStorage.setItem(DISMISSED_KEY, JSON.stringify([...dismissed(), id]));
  } catch {
    // Storage refused: the alert shows again on the next page.
  }
});

publishBannerShown('sl-alert', (root) => {
  const base = root.querySelector<HTMLElement>('[part="base"]');
  return base !== null && !base.hidden;
});
