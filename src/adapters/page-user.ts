/**
 * The user the portal signed in on this page, as it told `configureAnnouncements`. Adapters
 * that keep something per user (the `RestAdapter`'s cached list) read it here, so that two
 * people sharing a browser are kept apart without the portal telling each adapter again.
 */
let signedInUser: string | undefined;

/** Remembers the page's user; `undefined` forgets it. */
export function setPageUser(user: string | undefined): void {
  signedInUser = user || undefined;
}

/** The page's user, when the portal named one. */
export function pageUser(): string | undefined {
  return signedInUser;
}
