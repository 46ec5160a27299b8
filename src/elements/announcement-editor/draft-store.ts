import { createSafeStore, type KeyValueStore } from '../../internal/storage/safe-store.js';
import type { FormValues } from './form-values.js';

/** What is kept of an unpublished edit, so that a reload, a crash or a closed tab loses nothing. */
export interface EditorDraft {
  /** The announcement's id, or `NEW_DRAFT_TARGET` for one not yet published. */
  target: string;
  values: FormValues;
  /**
   * The version the edit started from. Publishing passes it on, so a draft restored after
   * someone else changed the announcement ends in a conflict rather than a silent overwrite.
   */
  expectedVersion?: string;
  /**
   * The fields as that version had them, so the edit can be re-applied on a newer version
   * field by field ("Keep mine"). Missing in drafts saved before it was kept.
   */
  base?: FormValues;
  /** ISO instant of the last save. */
  savedAt: string;
}

export const NEW_DRAFT_TARGET = 'new';

export const DRAFT_DATABASE = 'portal-announcements-drafts';
export const DRAFT_STORE = 'drafts';

let store: KeyValueStore | undefined;

/** One connection for the page, opened on first use. */
function drafts(): KeyValueStore {
  return (store ??= createSafeStore(DRAFT_DATABASE, DRAFT_STORE));
}

/**
 * Drafts are keyed by scope (the signed-in user and the announcement source) and target, so
 * two sources or two users sharing a browser never see each other's drafts.
 */
export function draftKey(scope: string, target: string): string {
  return `${scope}|${target}`;
}

export async function loadDraft(scope: string, target: string): Promise<EditorDraft | undefined> {
  const draft = await drafts().get<EditorDraft>(draftKey(scope, target));
  return draft && typeof draft === 'object' && draft.values ? draft : undefined;
}

export async function saveDraft(scope: string, draft: EditorDraft): Promise<void> {
  await drafts().set(draftKey(scope, draft.target), draft);
}

export async function clearDraft(scope: string, target: string): Promise<void> {
  await drafts().delete(draftKey(scope, target));
}

/** The targets that have a draft in `scope`, with the time each was saved. */
export async function draftsInScope(scope: string): Promise<Map<string, string>> {
  const prefix = `${scope}|`;
  const found = new Map<string, string>();
  for (const key of await drafts().keys()) {
    if (!key.startsWith(prefix)) continue;
    const draft = await drafts().get<EditorDraft>(key);
    if (draft?.values) found.set(key.slice(prefix.length), draft.savedAt);
  }
  return found;
}

/** `false` when drafts live only in memory (IndexedDB refused), so the editor can say so. */
export function draftsPersist(): boolean {
  return drafts().persistent;
}
