import type { Announcement } from '../../model/announcement.js';
import type { ClientDirectory } from '../../model/directory.js';
import type { InputField } from '../../model/validate.js';
import type { DescriptionTab } from './description-field.js';
import type { EditorStrings } from './editor-strings.js';
import type { FormValues } from './form-values.js';
import type { DirectoryTags } from './panel-audience.js';
import type { PublishFailure } from './publish-failure.js';

/** What the panel's templates read and call; the panel element implements it. */
export interface PanelViewModel {
  readonly localize: {
    readonly strings: EditorStrings;
    readonly locale: string;
    readonly dir: 'ltr' | 'rtl';
    text(key: keyof EditorStrings, values?: Record<string, string | number>): string;
    formatDate(instant: string | number | Date, options?: Intl.DateTimeFormatOptions): string;
  };
  readonly timeZone: string;
  readonly target: Announcement | null;
  readonly values: FormValues;
  readonly busy: boolean;
  readonly offline: boolean;
  readonly failure: PublishFailure | undefined;
  /** Someone else's newer version of the announcement being edited, until the author chooses. */
  readonly theirs: Announcement | undefined;
  readonly confirmingDiscard: boolean;
  readonly tab: DescriptionTab;
  readonly restoredAt: string | undefined;
  readonly draftNotSaved: boolean;
  /** The portal's clients, for the audience picker; `undefined` when it has none. */
  readonly directory: ClientDirectory | undefined;
  readonly directoryTags: DirectoryTags;
  errorFor(field: InputField): string | undefined;
  /** Write or Preview, for the description of the variant in `language`. */
  variantTab(language: string): DescriptionTab;
  setVariantTab(language: string, tab: DescriptionTab): void;
  addVariant(language: string): void;
  removeVariant(index: number): void;
  setValue<K extends keyof FormValues>(field: K, value: FormValues[K]): void;
  setTab(tab: DescriptionTab): void;
  publish(): Promise<void>;
  requestClose(): void;
  keepEditing(): void;
  discardChanges(): void;
  continueDraft(): void;
  discardDraft(): void;
  useTheirs(): void;
  keepMine(): void;
  publishAsNew(): Promise<void>;
  onDialogClose(): void;
}
