import { severityStrings } from '../shared/severity.js';

/** The banner's built-in texts; hosts override any key with `configureAnnouncements({ strings })`. */
export const bannerStrings = {
  en: {
    ...severityStrings.en,
    bannerReadMore: 'Read more',
    bannerClose: 'Close announcement: {title}',
    bannerPosition: '{current} of {total}',
    bannerPager: 'Announcements',
    bannerPrevious: 'Previous announcement',
    bannerNext: 'Next announcement',
    bannerNowShowing: 'Announcement {current} of {total}: {title}',
  },
  de: {
    ...severityStrings.de,
    bannerReadMore: 'Weiterlesen',
    bannerClose: 'Ankündigung schließen: {title}',
    bannerPosition: '{current} von {total}',
    bannerPager: 'Ankündigungen',
    bannerPrevious: 'Vorherige Ankündigung',
    bannerNext: 'Nächste Ankündigung',
    bannerNowShowing: 'Ankündigung {current} von {total}: {title}',
  },
};

export type BannerStrings = (typeof bannerStrings)['en'];
