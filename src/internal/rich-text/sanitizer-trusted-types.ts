import type { Config } from 'dompurify';

/**
 * The Trusted Types policy the HTML sanitizer needs. A portal whose Content-Security-Policy
 * has `require-trusted-types-for 'script'` must list this name under `trusted-types`.
 */
export const SANITIZER_POLICY_NAME = 'portal-announcements#html';

type SanitizerPolicy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;

/** The part of `window.trustedTypes` used here (not every TypeScript DOM library has it). */
interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createHTML(input: string): string; createScriptURL(input: string): string },
  ): SanitizerPolicy;
}

let policy: SanitizerPolicy | null | undefined;

/**
 * The policy DOMPurify uses to parse a legacy HTML description, created on first use (a
 * policy name can be created only once per page, and pages that never show HTML
 * descriptions should not need it at all).
 *
 * Why `createHTML` returns its input unchanged: DOMPurify is the only caller. It passes the
 * raw string to `DOMParser`, which builds an inert document where nothing runs; what leaves
 * the sanitizer is a fragment that was cleaned node by node. The policy object never leaves
 * this module, so no other code can turn an arbitrary string into TrustedHTML with it.
 * It cannot wrap `DOMPurify.sanitize` itself: DOMPurify calls the policy while sanitizing,
 * and refuses such a policy because it would recurse forever.
 *
 * Returns `null` where the browser has no Trusted Types or the page's CSP refuses the name;
 * DOMPurify then falls back to its own behaviour, and a warning says what to allow.
 */
export function sanitizerTrustedTypesPolicy(): SanitizerPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return (policy = null);
  try {
    policy = factory.createPolicy(SANITIZER_POLICY_NAME, {
      createHTML: (input) => input,
      // The sanitizer's allow-list has no element that loads a script, so any request for a
      // script URL is a mistake and must fail rather than be waved through.
      createScriptURL: () => {
        throw new TypeError(`${SANITIZER_POLICY_NAME} does not create script URLs`);
      },
    });
  } catch (error) {
    console.warn(
      `portal-announcements: the Trusted Types policy "${SANITIZER_POLICY_NAME}" could not be created. ` +
        `Add it to the page's Content-Security-Policy: trusted-types ${SANITIZER_POLICY_NAME}`,
      error,
    );
    policy = null;
  }
  return policy;
}
