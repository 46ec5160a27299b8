/** What test/csp/strict-csp.html reports to the page that framed it. */
export interface CspReport {
  type: 'csp-report';
  /** Every step finished without throwing. */
  rendered: boolean;
  steps: Array<{ name: string; error?: string }>;
  /** Violations while the steps ran: must stay empty. */
  violations: string[];
  /** Deliberate violations after the steps, proving that the policy is really enforced. */
  probe: { styleAttributeReported: boolean; unknownPolicyRefused: boolean | 'no-trusted-types' };
}
