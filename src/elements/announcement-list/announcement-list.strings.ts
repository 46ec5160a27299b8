import { severityStrings } from '../shared/severity.js';

/** The list's built-in texts; hosts override any key with `configureAnnouncements({ strings })`. */
export const listStrings = {
  en: {
    ...severityStrings.en,
    listLabel: 'Announcements',
    listEmpty: 'No announcements',
    listNew: 'New',
    listLoading: 'Loading announcements…',
    listError: 'The announcements could not be loaded.',
    listStale: 'The announcements could not be updated. You are seeing the last known ones.',
    listRetry: 'Try again',
    listShowAll: 'Show all ({count})',
    listShowFewer: 'Show fewer',
    listPublished: 'Published {date}',
    listUpdated: 'Updated {date}',
  },
  de: {
    ...severityStrings.de,
    listLabel: 'Ankündigungen',
    listEmpty: 'Keine Ankündigungen',
    listNew: 'Neu',
    listLoading: 'Ankündigungen werden geladen …',
    listError: 'Die Ankündigungen konnten nicht geladen werden.',
    listStale: 'Die Ankündigungen konnten nicht aktualisiert werden. Sie sehen den zuletzt bekannten Stand.',
    listRetry: 'Erneut versuchen',
    listShowAll: 'Alle anzeigen ({count})',
    listShowFewer: 'Weniger anzeigen',
    listPublished: 'Veröffentlicht am {date}',
    listUpdated: 'Aktualisiert am {date}',
  },
};
