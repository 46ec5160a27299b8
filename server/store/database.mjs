// The little a store needs from a SQL database, so PGlite and PostgreSQL look the same to it.

/**
 * @typedef {object} QueryResult
 * @property {Record<string, any>[]} rows
 * @property {number} count Rows changed by an INSERT, UPDATE or DELETE.
 */

/**
 * @typedef {object} Queryable
 * @property {(sql: string, params?: unknown[]) => Promise<QueryResult>} query One statement with `$1` parameters.
 * @property {(sql: string) => Promise<void>} exec Several statements, no parameters (migrations).
 */

/**
 * @typedef {Queryable & {
 *   transaction: <T>(work: (tx: Queryable) => Promise<T>) => Promise<T>,
 *   listen: (channel: string, onPayload: (payload: string) => void, onInterrupted?: () => void) => Promise<() => Promise<void>>,
 *   close: () => Promise<void>,
 *   kind: 'embedded' | 'postgres',
 * }} Database
 * `listen` subscribes to NOTIFY on `channel`; `onInterrupted` hears that notifications may
 * have been missed (a lost connection), after which the subscription resumes by itself.
 */

export {};
