import type { Announcement } from '../../model/announcement.js';
import { NEW_DRAFT_TARGET, type EditorDraft } from './draft-store.js';
import { emptyValues, rebaseValues, sameValues, upgradeValues, valuesFromAnnouncement, type FormValues } from './form-values.js';

/**
 * What one opening of the form is editing, without any DOM: the announcement, the fields as
 * typed, the version the edit is based on, and the two reference points a draft needs: the
 * fields as published (has anything changed?) and as they were in the version the edit
 * started from (which fields did the author change, to re-apply them on a newer version).
 */
export class EditSession {
  target: Announcement | null;
  values: FormValues;
  expectedVersion: string | undefined;
  /** When the draft now in the form was saved, if one was restored. */
  restoredAt: string | undefined;
  /** The fields as the announcement is published now. */
  private baseline: FormValues;
  /** The fields of the version the edit started from; unknown for drafts saved before it was kept. */
  private base: FormValues | undefined;

  /** `language`: the editor's, for a new text and for one stored without a language. */
  constructor(
    target: Announcement | null,
    private readonly zone: string,
    private readonly language = 'en',
  ) {
    this.target = target;
    this.baseline = target ? valuesFromAnnouncement(target, zone, language) : emptyValues(language);
    this.values = { ...this.baseline };
    this.expectedVersion = target?.version;
    this.base = target ? this.baseline : undefined;
  }

  /** Where drafts of this edit are kept: the announcement's id, or "new". */
  get draftTarget(): string {
    return this.target?.id ?? NEW_DRAFT_TARGET;
  }

  get dirty(): boolean {
    return !sameValues(this.values, this.baseline);
  }

  /** Takes over a saved draft that differs from the published fields; says whether it did. */
  restore(draft: EditorDraft | undefined): boolean {
    if (!draft || sameValues(draft.values, this.baseline)) return false;
    this.values = upgradeValues({ ...this.baseline, ...draft.values });
    this.expectedVersion = draft.expectedVersion ?? this.expectedVersion;
    this.base = draft.base;
    this.restoredAt = draft.savedAt;
    return true;
  }

  /** Back to the fields as published, dropping the restored draft. */
  reset(): void {
    this.values = { ...this.baseline };
    this.expectedVersion = this.target?.version;
    this.base = this.target ? this.baseline : undefined;
    this.restoredAt = undefined;
  }

  /** "Use theirs" (`keepMine` false) or "Keep mine": the edit now builds on `theirs`. */
  rebaseOn(theirs: Announcement, keepMine: boolean): void {
    const theirValues = valuesFromAnnouncement(theirs, this.zone, this.language);
    this.values = keepMine ? rebaseValues(this.values, this.base, theirValues) : { ...theirValues };
    this.target = theirs;
    this.expectedVersion = theirs.version;
    this.baseline = theirValues;
    this.base = theirValues;
  }

  /** After the announcement was deleted elsewhere: the same text, as a new announcement. */
  detach(): void {
    this.target = null;
    this.expectedVersion = undefined;
    this.base = undefined;
  }

  /** What the autosave keeps of this edit. */
  draft(): EditorDraft {
    return { target: this.draftTarget, values: this.values, expectedVersion: this.expectedVersion, base: this.base, savedAt: new Date().toISOString() };
  }
}
