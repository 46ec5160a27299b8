/** What a step saw while it ran (a dialog that was open, the text a preview rendered...), by name. */
export type StepObservations = Record<string, string | number | boolean | null>;

/** What test/csp/strict-csp.html reports to the page that framed it. */
export interface CspReport {
  type: 'csp-report';
  /** Every step finished without throwing. */
  rendered: boolean;
  steps: Array<{ name: string; error?: string; seen: StepObservations }>;
  /** Violations while the steps ran: must stay empty. */
  violations: string[];
  /** Deliberate violations after the steps, proving that the policy is really enforced. */
  probe: { styleAttributeReported: boolean; shadowStyleAttributeReported: boolean; unknownPolicyRefused: boolean | 'no-trusted-types' };
}
