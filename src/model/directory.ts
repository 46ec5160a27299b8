/** A client of the firm, as the portal's directory names them. */
export interface DirectoryClient {
  /** The user id the portal signs the client in with (`configureAnnouncements({ user })`). */
  id: string;
  /** The name staff recognise; the id is shown when there is none. */
  name?: string;
  /** The client's tags, e.g. `business`, for announcements meant for clients with some tags. */
  tags?: readonly string[];
}

/**
 * The portal's list of its clients, which the editor's audience picker searches. Every method
 * is async, so a large client base can be searched on the portal's server.
 */
export interface ClientDirectory {
  /** Clients whose name or id matches what staff typed; a few dozen at most. */
  search(query: string, options?: { signal?: AbortSignal }): Promise<DirectoryClient[]>;
  /** The tags staff may choose from. */
  tags?(options?: { signal?: AbortSignal }): Promise<string[]>;
  /** The clients with these ids, to show names for ids already chosen or in read receipts. */
  byIds?(ids: readonly string[], options?: { signal?: AbortSignal }): Promise<DirectoryClient[]>;
}
