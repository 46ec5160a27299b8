/** A tiny list of listeners, for adapters that tell subscribers when their list changed. */
export class ChangeNotifier {
  private readonly listeners = new Set<() => void>();

  subscribe(onChange: () => void): () => void {
    // Wrap so the same function subscribed twice gets two independent subscriptions.
    const listener = () => onChange();
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch (error) {
        // One faulty subscriber must not keep the others from hearing about the change.
        console.error('portal-announcements: a change listener threw', error);
      }
    }
  }
}
