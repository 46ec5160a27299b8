import type { Translations } from '../../internal/localize/localize-controller.js';

/**
 * The texts of the editor's reach sections: an announcement's languages, who sees it (tags and
 * client search), how it may be dismissed, its read receipts and the list row's reach line.
 * Part of `EditorStrings`, so `configureAnnouncements({ strings })` overrides them by key.
 */
export interface ReachStrings extends Record<string, string> {
  languageLabel: string;
  languageHint: string;
  languagesLabel: string;
  languagesHint: string;
  addLanguage: string;
  addNamedLanguage: string;
  removeNamed: string;
  variantTitle: string;
  variantDescription: string;
  languageInvalid: string;
  languageDuplicate: string;
  tooMany: string;
  audienceLabel: string;
  audienceAll: string;
  audienceTags: string;
  audienceTagsHint: string;
  audienceClients: string;
  tagsLabel: string;
  newTag: string;
  addTag: string;
  loadingTags: string;
  tagsFailed: string;
  clientsSearch: string;
  clientsSearchHint: string;
  searching: string;
  noClientsFound: string;
  clientsFound: string;
  searchFailed: string;
  chosenClients: string;
  clientId: string;
  addClient: string;
  noDirectoryHint: string;
  tagsRequired: string;
  clientsRequired: string;
  audienceInvalid: string;
  dismissalLabel: string;
  dismissalSession: string;
  dismissalSessionHint: string;
  dismissalOnce: string;
  dismissalOnceHint: string;
  dismissalNever: string;
  dismissalNeverHint: string;
  keepUntilDeleted: string;
  keepUntilDeletedHint: string;
  dismissalRequired: string;
  receiptsOfTotal: string;
  receipts: string;
  receiptsFailed: string;
  notOpened: string;
  rowAudienceTags: string;
  rowAudienceClient: string;
  rowAudienceClients: string;
  rowDismissalOnce: string;
  rowDismissalNever: string;
}

const en: ReachStrings = {
  languageLabel: 'Language',
  languageHint: 'The language of the title and description above.',
  languagesLabel: 'Other languages',
  languagesHint: 'Clients see the text in their language, else the text above.',
  addLanguage: 'Add language',
  addNamedLanguage: 'Add {language}',
  removeNamed: 'Remove {name}',
  variantTitle: 'Title ({language})',
  variantDescription: 'Description ({language})',
  languageInvalid: 'Choose a language.',
  languageDuplicate: 'This language is used twice.',
  tooMany: 'There are too many entries here.',
  audienceLabel: 'Who sees it',
  audienceAll: 'All clients',
  audienceTags: 'Clients with tags',
  audienceTagsHint: 'Clients with at least one of these tags see it.',
  audienceClients: 'Selected clients',
  tagsLabel: 'Tags',
  newTag: 'New tag',
  addTag: 'Add tag',
  loadingTags: 'Loading tags…',
  tagsFailed: 'The tags could not be loaded. Type them instead.',
  clientsSearch: 'Search clients',
  clientsSearchHint: 'Type a name or id, then choose with the arrow keys and Enter.',
  searching: 'Searching…',
  noClientsFound: 'No clients found',
  clientsFound: '{count} found',
  searchFailed: 'The search failed. Type again to retry.',
  chosenClients: 'Chosen clients',
  clientId: 'Client id',
  addClient: 'Add client',
  noDirectoryHint: 'Enter the clients’ user ids. To search clients by name, the portal must provide a client directory.',
  tagsRequired: 'Choose at least one tag.',
  clientsRequired: 'Choose at least one client.',
  audienceInvalid: 'Check the tags or clients.',
  dismissalLabel: 'How it may be dismissed',
  dismissalSession: 'Until the next login',
  dismissalSessionHint: 'Closed or read, it stays hidden until the client signs in again.',
  dismissalOnce: 'Once',
  dismissalOnceHint: 'Closed or read once, it stays gone for that client.',
  dismissalNever: 'Not at all',
  dismissalNeverHint: 'No Close button: it shows until it is removed or deleted. For outages and legal notices.',
  keepUntilDeleted: 'Keep it until I delete it',
  keepUntilDeletedHint: 'Or choose a date in “Remove announcement after” below.',
  dismissalRequired: 'Choose a date in “Remove announcement after” or confirm that it stays until you delete it.',
  receiptsOfTotal: 'Seen by {seen} of {total} · opened by {opened}',
  receipts: 'Seen by {seen} · opened by {opened}',
  receiptsFailed: 'Read receipts could not be loaded.',
  notOpened: 'Not opened yet ({count})',
  rowAudienceTags: 'Clients with tags: {tags}',
  rowAudienceClient: '{count} selected client',
  rowAudienceClients: '{count} selected clients',
  rowDismissalOnce: 'Can be dismissed once',
  rowDismissalNever: 'Can’t be dismissed',
};

const de: ReachStrings = {
  languageLabel: 'Sprache',
  languageHint: 'Die Sprache von Titel und Beschreibung oben.',
  languagesLabel: 'Weitere Sprachen',
  languagesHint: 'Mandanten sehen den Text in ihrer Sprache, sonst den Text oben.',
  addLanguage: 'Sprache hinzufügen',
  addNamedLanguage: '{language} hinzufügen',
  removeNamed: '{name} entfernen',
  variantTitle: 'Titel ({language})',
  variantDescription: 'Beschreibung ({language})',
  languageInvalid: 'Wählen Sie eine Sprache.',
  languageDuplicate: 'Diese Sprache kommt doppelt vor.',
  tooMany: 'Hier sind zu viele Einträge.',
  audienceLabel: 'Wer sie sieht',
  audienceAll: 'Alle Mandanten',
  audienceTags: 'Mandanten mit Tags',
  audienceTagsHint: 'Mandanten mit mindestens einem dieser Tags sehen sie.',
  audienceClients: 'Ausgewählte Mandanten',
  tagsLabel: 'Tags',
  newTag: 'Neuer Tag',
  addTag: 'Tag hinzufügen',
  loadingTags: 'Tags werden geladen …',
  tagsFailed: 'Die Tags konnten nicht geladen werden. Geben Sie sie stattdessen ein.',
  clientsSearch: 'Mandanten suchen',
  clientsSearchHint: 'Geben Sie einen Namen oder eine Kennung ein und wählen Sie mit den Pfeiltasten und der Eingabetaste.',
  searching: 'Suche läuft …',
  noClientsFound: 'Keine Mandanten gefunden',
  clientsFound: '{count} gefunden',
  searchFailed: 'Die Suche ist fehlgeschlagen. Tippen Sie erneut, um es noch einmal zu versuchen.',
  chosenClients: 'Ausgewählte Mandanten',
  clientId: 'Mandanten-Kennung',
  addClient: 'Mandant hinzufügen',
  noDirectoryHint: 'Geben Sie die Benutzerkennungen der Mandanten ein. Um Mandanten nach Namen zu suchen, muss das Portal ein Mandantenverzeichnis bereitstellen.',
  tagsRequired: 'Wählen Sie mindestens einen Tag.',
  clientsRequired: 'Wählen Sie mindestens einen Mandanten.',
  audienceInvalid: 'Prüfen Sie die Tags oder Mandanten.',
  dismissalLabel: 'Wie sie ausgeblendet werden kann',
  dismissalSession: 'Bis zur nächsten Anmeldung',
  dismissalSessionHint: 'Geschlossen oder gelesen, bleibt sie bis zur nächsten Anmeldung ausgeblendet.',
  dismissalOnce: 'Einmalig',
  dismissalOnceHint: 'Einmal geschlossen oder gelesen, bleibt sie für diesen Mandanten ausgeblendet.',
  dismissalNever: 'Gar nicht',
  dismissalNeverHint: 'Ohne Schließen-Schaltfläche: Sie bleibt sichtbar, bis sie entfernt oder gelöscht wird. Für Störungen und rechtliche Hinweise.',
  keepUntilDeleted: 'Anzeigen, bis ich sie lösche',
  keepUntilDeletedHint: 'Oder wählen Sie unten ein Datum unter „Ankündigung entfernen nach“.',
  dismissalRequired: 'Wählen Sie ein Datum unter „Ankündigung entfernen nach“ oder bestätigen Sie, dass sie bis zum Löschen bleibt.',
  receiptsOfTotal: 'Gesehen: {seen} von {total} · geöffnet: {opened}',
  receipts: 'Gesehen: {seen} · geöffnet: {opened}',
  receiptsFailed: 'Lesebestätigungen konnten nicht geladen werden.',
  notOpened: 'Noch nicht geöffnet ({count})',
  rowAudienceTags: 'Mandanten mit Tags: {tags}',
  rowAudienceClient: '{count} ausgewählter Mandant',
  rowAudienceClients: '{count} ausgewählte Mandanten',
  rowDismissalOnce: 'Einmalig ausblendbar',
  rowDismissalNever: 'Nicht ausblendbar',
};

/** The reach sections' texts in English and German. */
export const reachTranslations: Translations<ReachStrings> = { en, de };
