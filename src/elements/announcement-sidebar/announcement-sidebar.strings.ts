import { severityStrings } from '../shared/severity.js';

/** The sidebar's built-in texts; hosts override any key with `configureAnnouncements({ strings })`. */
export const sidebarStrings = {
  en: {
    ...severityStrings.en,
    sidebarClose: 'Close',
    sidebarFallbackTitle: 'Announcement',
    sidebarPublished: 'Published {date}',
    sidebarUpdated: 'Updated {date}',
    sidebarAvailableUntil: 'Shown until {date}',
    sidebarLoading: 'Loading…',
    sidebarUnavailable: 'This announcement is no longer available.',
  },
  de: {
    ...severityStrings.de,
    sidebarClose: 'Schließen',
    sidebarFallbackTitle: 'Ankündigung',
    sidebarPublished: 'Veröffentlicht am {date}',
    sidebarUpdated: 'Aktualisiert am {date}',
    sidebarAvailableUntil: 'Angezeigt bis {date}',
    sidebarLoading: 'Wird geladen …',
    sidebarUnavailable: 'Diese Ankündigung ist nicht mehr verfügbar.',
  },
};
