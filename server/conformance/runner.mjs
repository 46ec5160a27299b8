// Runs the checks one after another against one base URL and reports each, ending with the
// line "N passed, N failed". Only HTTP is used, so any implementation can be judged.
import { Contract } from './contract.mjs';
import { ContractClient } from './client.mjs';
import { lifecycleChecks } from './checks/lifecycle.mjs';
import { conditionalChecks } from './checks/conditional.mjs';
import { idempotencyChecks } from './checks/idempotency.mjs';
import { eventChecks } from './checks/events.mjs';
import { hardeningChecks } from './checks/hardening.mjs';
import { propertyChecks } from './checks/properties.mjs';
import { reachChecks } from './checks/reach.mjs';

/**
 * @typedef {object} Check
 * @property {string} name What a passing server does.
 * @property {(client: ContractClient, options: { runs: number }) => Promise<void>} run Throws when the server does otherwise.
 * @property {boolean} [needsStaffCredentials] Skipped when no staff credentials were given.
 * @property {(client: ContractClient) => string | undefined} [requires] Why the check cannot run
 *   with what it was given (e.g. no client credentials), or `undefined` when it can.
 */

export const ALL_CHECKS = [...lifecycleChecks, ...conditionalChecks, ...idempotencyChecks, ...eventChecks, ...hardeningChecks, ...propertyChecks, ...reachChecks];

/**
 * @param {{
 *   url: string, staffToken?: string, staffHeaders?: Record<string, string>,
 *   clients?: import('./client.mjs').ClientIdentity[], runs?: number, events?: boolean, log?: (line: string) => void,
 * }} options `clients`: clients of the firm to act as, for the audience and receipt checks.
 * @returns {Promise<{ passed: number, failed: number, skipped: number }>}
 */
export async function runConformance(options) {
  const log = options.log ?? console.log;
  const staffHeaders = { ...(options.staffToken ? { Authorization: `Bearer ${options.staffToken}` } : {}), ...options.staffHeaders };
  const client = new ContractClient({ base: options.url, staffHeaders, clients: options.clients, contract: new Contract() });
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const check of ALL_CHECKS) {
    const unavailable = (check.needsStaffCredentials && Object.keys(staffHeaders).length === 0) || (options.events === false && eventChecks.includes(check));
    const missing = unavailable ? undefined : check.requires?.(client);
    if (unavailable || missing) {
      counts.skipped += 1;
      log(`- ${check.name} (skipped${missing ? `: ${missing}` : ''})`);
      continue;
    }
    try {
      await check.run(client, { runs: options.runs ?? 30 });
      counts.passed += 1;
      log(`✔ ${check.name}`);
    } catch (error) {
      counts.failed += 1;
      log(`✖ ${check.name}\n    ${String(/** @type {Error} */ (error)?.message ?? error).split('\n').join('\n    ')}`);
    }
  }
  await client.cleanUp();
  log(`${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
  return counts;
}
