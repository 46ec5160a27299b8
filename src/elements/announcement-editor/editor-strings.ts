import type { Translations } from '../../internal/localize/localize-controller.js';
import { reachTranslations, type ReachStrings } from './reach-strings.js';

/**
 * Every text of the editor. German UI terms follow the product glossary. The reach sections'
 * texts live in `reach-strings.ts` and are part of this table.
 */
export interface EditorStrings extends ReachStrings {
  heading: string;
  createAnnouncement: string;
  editAnnouncement: string;
  continueDraft: string;
  draftNoteNew: string;
  draftTag: string;
  loading: string;
  loadFailed: string;
  tryAgain: string;
  emptyHeading: string;
  emptyText: string;
  readOnly: string;
  listLabel: string;
  statusActive: string;
  statusScheduled: string;
  statusExpired: string;
  visibleUntil: string;
  visibleFrom: string;
  endedOn: string;
  startsOn: string;
  zoneHint: string;
  noEndDate: string;
  editNamed: string;
  deleteNamed: string;
  severityLabel: string;
  severityInfo: string;
  severitySuccess: string;
  severityWarning: string;
  severityCritical: string;
  close: string;
  title: string;
  description: string;
  descriptionHint: string;
  characterCount: string;
  formatting: string;
  bold: string;
  italic: string;
  link: string;
  list: string;
  write: string;
  preview: string;
  previewEmpty: string;
  previewBanner: string;
  previewFullMessage: string;
  openFullMessage: string;
  previewNoTitle: string;
  removeAfter: string;
  removeAfterHint: string;
  publishOn: string;
  publishOnHint: string;
  notifyAgain: string;
  notifyAgainHint: string;
  publish: string;
  publishing: string;
  cancel: string;
  errorSummary: string;
  titleRequired: string;
  titleTooLong: string;
  bodyTooLong: string;
  dateInvalid: string;
  dateTimeInvalid: string;
  expiryInPast: string;
  expiryNotAfterPublish: string;
  severityInvalid: string;
  fieldInvalid: string;
  offline: string;
  publishUnavailable: string;
  publishFailed: string;
  conflict: string;
  changedMeanwhile: string;
  differsFromYours: string;
  sameAsYours: string;
  showTheirVersion: string;
  useTheirs: string;
  useTheirsHint: string;
  keepMine: string;
  keepMineHint: string;
  deletedMeanwhile: string;
  publishAsNew: string;
  discardQuestion: string;
  discardText: string;
  keepEditing: string;
  discardChanges: string;
  draftRestored: string;
  continueEditing: string;
  discardDraft: string;
  draftNotSaved: string;
  published: string;
  updated: string;
  deleteQuestion: string;
  deleteText: string;
  delete: string;
  deleting: string;
  deleted: string;
  alreadyDeleted: string;
  deleteConflict: string;
  deleteFailed: string;
}

const en: EditorStrings = {
  heading: 'Client portal announcements',
  createAnnouncement: 'Create announcement',
  editAnnouncement: 'Edit announcement',
  continueDraft: 'Continue draft',
  draftNoteNew: 'You have an unpublished draft from {time}.',
  draftTag: 'Unsaved changes',
  loading: 'Loading announcements…',
  loadFailed: 'The announcements could not be loaded.',
  tryAgain: 'Try again',
  emptyHeading: 'No announcements',
  emptyText: 'Your clients see nothing yet. Create your first announcement to tell them what is new.',
  readOnly: 'This announcement source is read-only: you can see the announcements but not change them here.',
  listLabel: 'Announcements',
  statusActive: 'Active',
  statusScheduled: 'Scheduled',
  statusExpired: 'Expired',
  visibleUntil: 'Visible until {date}',
  visibleFrom: 'Visible from {date}',
  endedOn: 'Ended {date}',
  startsOn: 'Starts {date}',
  zoneHint: 'Time zone: {zone}.',
  noEndDate: 'No end date',
  editNamed: 'Edit {title}',
  deleteNamed: 'Delete {title}',
  severityLabel: 'Severity',
  severityInfo: 'Information',
  severitySuccess: 'Success',
  severityWarning: 'Warning',
  severityCritical: 'Critical',
  close: 'Close',
  title: 'Title',
  description: 'Description',
  descriptionHint: 'Markdown: **bold**, _italic_, [link](https://…), - list.',
  characterCount: '{count} of {max} characters',
  formatting: 'Formatting',
  bold: 'Bold',
  italic: 'Italic',
  link: 'Link',
  list: 'Bulleted list',
  write: 'Write',
  preview: 'Preview',
  previewEmpty: 'Nothing to preview yet.',
  previewBanner: 'Banner, as clients see it',
  previewFullMessage: 'Full message',
  openFullMessage: 'Open as clients see it',
  previewNoTitle: 'Add a title to see the banner.',
  removeAfter: 'Remove announcement after',
  removeAfterHint: 'Optional. The announcement stays visible through the end of this day and is removed after it.',
  publishOn: 'Publish on',
  publishOnHint: 'Optional. Clients see the announcement from the start of this day; until then it is scheduled.',
  notifyAgain: 'Notify clients again',
  notifyAgainHint: 'Clients see the banner again. Turn this off for a small correction such as a typo.',
  publish: 'Publish',
  publishing: 'Publishing…',
  cancel: 'Cancel',
  errorSummary: 'Please correct the marked fields.',
  titleRequired: 'Enter a title.',
  titleTooLong: 'The title can have at most {max} characters.',
  bodyTooLong: 'The description can have at most {max} characters.',
  dateInvalid: 'Enter a valid date.',
  dateTimeInvalid: 'Enter a valid date and time.',
  expiryInPast: 'This date is in the past. Choose today or a later day.',
  expiryNotAfterPublish: 'The announcement would be removed before it is published. Choose a later day.',
  severityInvalid: 'Choose a severity.',
  fieldInvalid: 'Check this field.',
  offline: 'You are offline. Your text is kept in this browser; you can publish when the connection is back.',
  publishUnavailable: 'The announcement could not be published because the connection failed. Your text is kept.',
  publishFailed: 'The announcement could not be published ({reason}). Your text is kept.',
  conflict: 'This announcement was changed by someone else. Your text is kept: choose Use theirs or Keep mine above.',
  changedMeanwhile: 'Someone else changed this announcement while you were editing.',
  differsFromYours: 'Different from yours: {fields}.',
  sameAsYours: 'Their version reads the same as yours.',
  showTheirVersion: 'Show their version',
  useTheirs: 'Use theirs',
  useTheirsHint: 'Use theirs replaces your changes with their version.',
  keepMine: 'Keep mine',
  keepMineHint: 'Keep mine applies your changes to their version; fields you did not change take theirs.',
  deletedMeanwhile: 'This announcement was deleted by someone else. Your text is kept.',
  publishAsNew: 'Publish as new announcement',
  discardQuestion: 'Discard changes?',
  discardText: 'Your changes to this announcement will be lost.',
  keepEditing: 'Keep editing',
  discardChanges: 'Discard changes',
  draftRestored: 'Your unpublished changes from {time} were restored.',
  continueEditing: 'Continue editing',
  discardDraft: 'Discard draft',
  draftNotSaved: 'Your draft could not be saved in this browser. Keep this page open until you publish.',
  published: 'Announcement published',
  updated: 'Announcement updated',
  deleteQuestion: 'Delete “{title}”?',
  deleteText: 'Clients will no longer see it.',
  delete: 'Delete',
  deleting: 'Deleting…',
  deleted: 'Announcement deleted',
  alreadyDeleted: 'The announcement had already been deleted.',
  deleteConflict: 'This announcement was changed by someone else in the meantime. Delete the latest version?',
  deleteFailed: 'The announcement could not be deleted. Please try again.',
  ...reachTranslations.en,
};

const de: EditorStrings = {
  heading: 'Ankündigungen im Mandantenportal',
  createAnnouncement: 'Ankündigung erstellen',
  editAnnouncement: 'Ankündigung bearbeiten',
  continueDraft: 'Entwurf fortsetzen',
  draftNoteNew: 'Sie haben einen unveröffentlichten Entwurf vom {time}.',
  draftTag: 'Ungespeicherte Änderungen',
  loading: 'Ankündigungen werden geladen …',
  loadFailed: 'Die Ankündigungen konnten nicht geladen werden.',
  tryAgain: 'Erneut versuchen',
  emptyHeading: 'Keine Ankündigungen',
  emptyText: 'Ihre Mandanten sehen noch nichts. Erstellen Sie Ihre erste Ankündigung, um sie über Neuigkeiten zu informieren.',
  readOnly: 'Diese Quelle für Ankündigungen ist schreibgeschützt: Sie können die Ankündigungen ansehen, aber hier nicht ändern.',
  listLabel: 'Ankündigungen',
  statusActive: 'Aktiv',
  statusScheduled: 'Geplant',
  statusExpired: 'Abgelaufen',
  visibleUntil: 'Sichtbar bis {date}',
  visibleFrom: 'Sichtbar ab {date}',
  endedOn: 'Beendet am {date}',
  startsOn: 'Beginnt am {date}',
  zoneHint: 'Zeitzone: {zone}.',
  noEndDate: 'Kein Enddatum',
  editNamed: '{title} bearbeiten',
  deleteNamed: '{title} löschen',
  severityLabel: 'Dringlichkeit',
  severityInfo: 'Information',
  severitySuccess: 'Erfolg',
  severityWarning: 'Warnung',
  severityCritical: 'Kritisch',
  close: 'Schließen',
  title: 'Titel',
  description: 'Beschreibung',
  descriptionHint: 'Markdown: **fett**, _kursiv_, [Link](https://…), - Liste.',
  characterCount: '{count} von {max} Zeichen',
  formatting: 'Formatierung',
  bold: 'Fett',
  italic: 'Kursiv',
  link: 'Link',
  list: 'Aufzählung',
  write: 'Schreiben',
  preview: 'Vorschau',
  previewEmpty: 'Noch nichts für die Vorschau.',
  previewBanner: 'Banner, wie Mandanten es sehen',
  previewFullMessage: 'Vollständige Nachricht',
  openFullMessage: 'So öffnen, wie Mandanten es sehen',
  previewNoTitle: 'Geben Sie einen Titel ein, um das Banner zu sehen.',
  removeAfter: 'Ankündigung entfernen nach',
  removeAfterHint: 'Optional. Die Ankündigung bleibt bis zum Ende dieses Tages sichtbar und wird danach entfernt.',
  publishOn: 'Veröffentlichen am',
  publishOnHint: 'Optional. Mandanten sehen die Ankündigung ab Beginn dieses Tages; bis dahin ist sie geplant.',
  notifyAgain: 'Mandanten erneut benachrichtigen',
  notifyAgainHint: 'Mandanten sehen das Banner erneut. Schalten Sie dies für kleine Korrekturen wie Tippfehler aus.',
  publish: 'Veröffentlichen',
  publishing: 'Wird veröffentlicht …',
  cancel: 'Abbrechen',
  errorSummary: 'Bitte korrigieren Sie die markierten Felder.',
  titleRequired: 'Geben Sie einen Titel ein.',
  titleTooLong: 'Der Titel darf höchstens {max} Zeichen lang sein.',
  bodyTooLong: 'Die Beschreibung darf höchstens {max} Zeichen lang sein.',
  dateInvalid: 'Geben Sie ein gültiges Datum ein.',
  dateTimeInvalid: 'Geben Sie ein gültiges Datum mit Uhrzeit ein.',
  expiryInPast: 'Dieses Datum liegt in der Vergangenheit. Wählen Sie heute oder einen späteren Tag.',
  expiryNotAfterPublish: 'Die Ankündigung würde entfernt, bevor sie veröffentlicht wird. Wählen Sie einen späteren Tag.',
  severityInvalid: 'Wählen Sie eine Dringlichkeit.',
  fieldInvalid: 'Prüfen Sie dieses Feld.',
  offline: 'Sie sind offline. Ihr Text bleibt in diesem Browser erhalten; Sie können veröffentlichen, sobald die Verbindung wieder besteht.',
  publishUnavailable: 'Die Ankündigung konnte nicht veröffentlicht werden, weil die Verbindung fehlgeschlagen ist. Ihr Text bleibt erhalten.',
  publishFailed: 'Die Ankündigung konnte nicht veröffentlicht werden ({reason}). Ihr Text bleibt erhalten.',
  conflict: 'Diese Ankündigung wurde von jemand anderem geändert. Ihr Text bleibt erhalten: Wählen Sie oben „Andere Fassung übernehmen“ oder „Meine Fassung behalten“.',
  changedMeanwhile: 'Jemand anderes hat diese Ankündigung geändert, während Sie sie bearbeitet haben.',
  differsFromYours: 'Anders als bei Ihnen: {fields}.',
  sameAsYours: 'Die andere Fassung stimmt mit Ihrer überein.',
  showTheirVersion: 'Andere Fassung anzeigen',
  useTheirs: 'Andere Fassung übernehmen',
  useTheirsHint: '„Andere Fassung übernehmen“ ersetzt Ihre Änderungen durch die andere Fassung.',
  keepMine: 'Meine Fassung behalten',
  keepMineHint: '„Meine Fassung behalten“ überträgt Ihre Änderungen auf die andere Fassung; Felder, die Sie nicht geändert haben, kommen aus der anderen Fassung.',
  deletedMeanwhile: 'Diese Ankündigung wurde von jemand anderem gelöscht. Ihr Text bleibt erhalten.',
  publishAsNew: 'Als neue Ankündigung veröffentlichen',
  discardQuestion: 'Änderungen verwerfen?',
  discardText: 'Ihre Änderungen an dieser Ankündigung gehen verloren.',
  keepEditing: 'Weiter bearbeiten',
  discardChanges: 'Änderungen verwerfen',
  draftRestored: 'Ihre unveröffentlichten Änderungen vom {time} wurden wiederhergestellt.',
  continueEditing: 'Weiter bearbeiten',
  discardDraft: 'Entwurf verwerfen',
  draftNotSaved: 'Ihr Entwurf konnte in diesem Browser nicht gespeichert werden. Lassen Sie diese Seite bis zum Veröffentlichen geöffnet.',
  published: 'Ankündigung veröffentlicht',
  updated: 'Ankündigung aktualisiert',
  deleteQuestion: '„{title}“ löschen?',
  deleteText: 'Mandanten sehen sie dann nicht mehr.',
  delete: 'Löschen',
  deleting: 'Wird gelöscht …',
  deleted: 'Ankündigung gelöscht',
  alreadyDeleted: 'Die Ankündigung war bereits gelöscht.',
  deleteConflict: 'Diese Ankündigung wurde inzwischen von jemand anderem geändert. Die neueste Fassung löschen?',
  deleteFailed: 'Die Ankündigung konnte nicht gelöscht werden. Bitte versuchen Sie es erneut.',
  ...reachTranslations.de,
};

export const editorTranslations: Translations<EditorStrings> = { en, de };
