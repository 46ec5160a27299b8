/**
 * What the page's shared state has in common: listeners woken after every change, with what
 * kind of change it was (`Change`) where listeners need to know. `watch` runs when the first
 * listener comes and `unwatch` when the last one leaves, so state that no element shows keeps
 * no channel or timer open.
 */
export class ChangeSource<Change = void> {
  protected readonly listeners = new Set<(change: Change) => void>();

  /** Calls `listener` after every change, until the returned function is called. */
  subscribe(listener: (change: Change) => void): () => void {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.watch();
    return () => {
      if (this.listeners.delete(listener) && !this.listeners.size) this.unwatch();
    };
  }

  protected watch(): void {}

  protected unwatch(): void {}

  protected emit(change: Change): void {
    for (const listener of [...this.listeners]) listener(change);
  }
}
