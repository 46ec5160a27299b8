/**
 * The login session to use when the host names none: the browser session. A cookie without an
 * expiry date is shared by every tab of the origin and is forgotten when the browser closes,
 * which is the closest a library can get to "this login" without seeing credentials. A portal
 * that knows its real session id passes it instead (`configureAnnouncements({ session })`), so
 * that logging out and in again shows the announcements again.
 */
const COOKIE_NAME = 'portal-announcements-session';

/**
 * The id this page uses. `document.cookie` is a synchronous round trip to the browser process
 * on every read, and elements ask at every render; the id changes only with
 * `endBrowserSession`, after which the portal's pages are reloaded anyway.
 */
let current: string | undefined;

export function browserSessionId(): string {
  return (current ??= cookieSessionId());
}

function cookieSessionId(): string {
  const existing = readCookie();
  if (existing) return existing;
  const id = crypto.randomUUID();
  try {
    document.cookie = `${COOKIE_NAME}=${id}; path=/; SameSite=Lax${location.protocol === 'https:' ? '; Secure' : ''}`;
  } catch {
    // Sandboxed documents may refuse cookies.
  }
  // Kept as `current` whether stored or not: when cookies are refused, the session lasts as
  // long as this page.
  return id;
}

function readCookie(): string | undefined {
  try {
    const match = document.cookie.split('; ').find((part) => part.startsWith(`${COOKIE_NAME}=`));
    return match?.slice(COOKIE_NAME.length + 1) || undefined;
  } catch {
    return undefined;
  }
}

/** Starts a new browser session (the next call to `browserSessionId` returns a new id). */
export function endBrowserSession(): void {
  current = undefined;
  try {
    document.cookie = `${COOKIE_NAME}=; path=/; max-age=0`;
  } catch {
    // Nothing to forget when cookies are refused.
  }
}
