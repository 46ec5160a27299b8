/**
 * Notices script that runs when it should not: replaces the dialog-like globals most payloads
 * call (`alert`, `prompt`, `confirm`, `print`) with recording spies and listens for
 * Content-Security-Policy violations. `stop()` puts the originals back.
 */
export class ExecutionWatch {
  readonly calls: string[] = [];
  readonly violations: string[] = [];
  private readonly originals = new Map<string, unknown>();
  private readonly onViolation = (event: SecurityPolicyViolationEvent) => {
    this.violations.push(`${event.violatedDirective} blocked ${event.blockedURI || event.sample}`);
  };

  start(): void {
    const globals = window as unknown as Record<string, unknown>;
    for (const name of ['alert', 'prompt', 'confirm', 'print']) {
      this.originals.set(name, globals[name]);
      globals[name] = (...args: unknown[]) => {
        this.calls.push(`${name}(${args.map(String).join(', ')})`);
        return name === 'confirm' ? false : null;
      };
    }
    document.addEventListener('securitypolicyviolation', this.onViolation);
  }

  stop(): void {
    const globals = window as unknown as Record<string, unknown>;
    for (const [name, original] of this.originals) globals[name] = original;
    this.originals.clear();
    document.removeEventListener('securitypolicyviolation', this.onViolation);
  }
}
