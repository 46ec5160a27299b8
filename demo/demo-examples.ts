import type { DemoLanguage } from './demo-text.js';

/** What an example announcement says; everything else about it is the same in every language. */
export interface ExampleText {
  title: string;
  body: string;
}

/**
 * The demo's example announcements in each language, in the same order, so the n-th text of
 * one language is the translation of the n-th of the other.
 */
export const EXAMPLE_TEXTS: Record<DemoLanguage, readonly ExampleText[]> = {
  en: [
    {
      title: 'Office closed on Friday',
      body:
        'Our office is closed on **Friday** for our annual team day.\n\n' +
        'Urgent matters: call the emergency line or write to [info@example.com](mailto:info@example.com). ' +
        'We answer all other messages on Monday.',
    },
    {
      title: 'Upload your receipts for the annual accounts',
      body:
        'Please upload your receipts for last year by the end of the month:\n\n' +
        '1. Open **Documents**\n2. Choose *Upload*\n3. Select the files\n\n' +
        'Questions? Reply in the portal and we will get back to you.',
    },
    {
      title: 'New: sign documents online',
      body: 'From next week you can sign engagement letters right here in the portal.',
    },
    {
      title: 'New deadline for advance VAT returns',
      body: 'From next month, advance VAT returns are due on the **10th** of the following month. We file yours in time as always.',
    },
  ],
  de: [
    {
      title: 'Kanzlei am Freitag geschlossen',
      body:
        'Unsere Kanzlei ist am **Freitag** wegen unseres jährlichen Teamtags geschlossen.\n\n' +
        'In dringenden Fällen rufen Sie die Notfallnummer an oder schreiben Sie an ' +
        '[info@example.com](mailto:info@example.com). Alle anderen Nachrichten beantworten wir am Montag.',
    },
    {
      title: 'Laden Sie Ihre Belege für den Jahresabschluss hoch',
      body:
        'Bitte laden Sie Ihre Belege für das vergangene Jahr bis zum Monatsende hoch:\n\n' +
        '1. Öffnen Sie **Dokumente**\n2. Wählen Sie *Hochladen*\n3. Wählen Sie die Dateien aus\n\n' +
        'Fragen? Antworten Sie im Portal, wir melden uns bei Ihnen.',
    },
    {
      title: 'Neu: Dokumente online unterschreiben',
      body: 'Ab nächster Woche können Sie Mandatsvereinbarungen direkt hier im Portal unterschreiben.',
    },
    {
      title: 'Neue Frist für Umsatzsteuer-Voranmeldungen',
      body: 'Ab nächstem Monat sind Umsatzsteuer-Voranmeldungen am **10.** des Folgemonats fällig. Wir reichen Ihre wie immer rechtzeitig ein.',
    },
  ],
};

/** The example's text in `language`, with the other language as a variant, so each client reads their own. */
export function bilingual(language: DemoLanguage, index: number): ExampleText & { language: DemoLanguage; variants: Array<ExampleText & { language: DemoLanguage }> } {
  const other: DemoLanguage = language === 'de' ? 'en' : 'de';
  return { ...EXAMPLE_TEXTS[language][index], language, variants: [{ ...EXAMPLE_TEXTS[other][index], language: other }] };
}

/** Which example a text is, in which language; `undefined` for anything a person wrote or changed. */
export function exampleOf(text: ExampleText): { language: DemoLanguage; index: number } | undefined {
  for (const language of Object.keys(EXAMPLE_TEXTS) as DemoLanguage[]) {
    const index = EXAMPLE_TEXTS[language].findIndex((example) => example.title === text.title && example.body === text.body);
    if (index >= 0) return { language, index };
  }
  return undefined;
}
