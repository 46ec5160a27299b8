/** `portal-announcements/react/list`: `<announcement-list>` as a React component, for the client's home page. */
import { AnnouncementList } from '../elements/announcement-list/announcement-list.js';
import { errorEventProp, readMoreEventProp } from './event-props.js';
import { wrapElement } from './wrap-element.js';

/** `<AnnouncementListComponent limit={3} />`: every current announcement, newest first. */
export const AnnouncementListComponent = wrapElement('announcement-list', AnnouncementList, { ...readMoreEventProp, ...errorEventProp });

export { configureAnnouncements, type AnnouncementsConfig } from '../configure.js';
export { AnnouncementReadMoreEvent, AnnouncementErrorEvent } from '../events/announcement-events.js';
