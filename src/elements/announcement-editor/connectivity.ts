import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows the browser's online/offline flag, so the form can hold Publish back while a
 * request could not reach the source, and say why, instead of failing after a click.
 */
export class Connectivity implements ReactiveController {
  offline = typeof navigator !== 'undefined' && navigator.onLine === false;

  private readonly onChange = () => {
    this.offline = navigator.onLine === false;
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.onChange);
    window.addEventListener('offline', this.onChange);
    this.onChange();
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onChange);
    window.removeEventListener('offline', this.onChange);
  }
}
