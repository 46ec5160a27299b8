import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clearDraft, saveDraft, type EditorDraft } from './draft-store.js';

interface PendingSave {
  scope: string;
  snapshot: () => EditorDraft;
}

/**
 * Saves the draft shortly after the user stops typing, and at once when the page is hidden or
 * left (`pagehide`, `visibilitychange`): a tab closed mid-sentence keeps its text. Saves and
 * deletions run one after another, so a deletion after publishing cannot be overtaken by a
 * late save of the text that was just published.
 */
export class DraftAutosave implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: PendingSave | undefined;
  private queue: Promise<void> = Promise.resolve();
  private readonly flushNow = () => void this.flush();
  private readonly onVisibilityChange = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };

  /** Called with the failure when a save could not be written even to the memory fallback. */
  onError: (error: unknown) => void = () => {};

  constructor(
    host: ReactiveControllerHost,
    private readonly delayMs = 300,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.flushNow);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  hostDisconnected(): void {
    void this.flush();
    window.removeEventListener('pagehide', this.flushNow);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
  }

  /** Asks for a save after the quiet period; `snapshot` is read when the save happens. */
  schedule(scope: string, snapshot: () => EditorDraft): void {
    this.pending = { scope, snapshot };
    clearTimeout(this.timer);
    this.timer = setTimeout(this.flushNow, this.delayMs);
  }

  /** Writes a scheduled save now; resolves when every queued write is done. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    const pending = this.pending;
    this.pending = undefined;
    if (pending) this.enqueue(() => saveDraft(pending.scope, pending.snapshot()));
    return this.queue;
  }

  /** Forgets a scheduled save and deletes the stored draft (after publishing or an explicit discard). */
  discard(scope: string, target: string): Promise<void> {
    clearTimeout(this.timer);
    if (this.pending?.scope === scope && this.pending.snapshot().target === target) this.pending = undefined;
    return this.enqueue(() => clearDraft(scope, target));
  }

  private enqueue(write: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(write).catch((error: unknown) => this.onError(error));
    return this.queue;
  }
}
