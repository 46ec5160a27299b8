import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';

type Media = Parameters<typeof emulateMedia>[0];

/**
 * Emulates media features where the browser driver can (Chromium, through the DevTools
 * protocol). Firefox's WebDriver BiDi driver cannot: there the tests that need it skip, and the
 * run says why in one line per test file instead of logging the driver's refusal at length.
 */
let capability: Promise<boolean> | undefined;

/** Whether this browser's driver can emulate media features. */
export function canEmulateMedia(): Promise<boolean> {
  // The server says so in the run's log, once per file and browser.
  capability ??= executeServerCommand<boolean, undefined>('can-emulate-media').then((able) => able === true);
  return capability;
}

/** Emulates `media` and answers `true`, or answers `false` where the driver cannot. */
export async function tryEmulateMedia(media: Media): Promise<boolean> {
  if (!(await canEmulateMedia())) return false;
  await emulateMedia(media);
  return true;
}

/** Back to the defaults after a test that emulated media. */
export async function resetMedia(): Promise<void> {
  await tryEmulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
}
