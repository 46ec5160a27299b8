import { emulateMedia } from '@web/test-runner-commands';

type Media = Parameters<typeof emulateMedia>[0];

/**
 * Emulates media features where the browser driver can (Chromium, through the DevTools
 * protocol); Firefox's WebDriver BiDi driver cannot, so tests that need it skip there.
 */
let supported: boolean | undefined;

export async function tryEmulateMedia(media: Media): Promise<boolean> {
  if (supported === false) return false;
  try {
    await emulateMedia(media);
    supported = true;
  } catch {
    // Asked once per test file: the server logs each refusal at length.
    supported = false;
  }
  return supported;
}

/** Back to the defaults after a test that emulated media. */
export async function resetMedia(): Promise<void> {
  await tryEmulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
}
