// Reporting: one line per check, and the pass and fail counts for the summary at the end.

let passed = 0;
let failed = 0;

/** Prints one check's outcome and counts it. */
export function report(ok, name, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
}

/** Runs one check; it passes unless it throws. Whatever it returns is printed as detail. */
export async function check(name, run) {
  try {
    report(true, name, (await run()) ?? '');
    return true;
  } catch (error) {
    report(false, name, error instanceof Error ? error.message : String(error));
    return false;
  }
}

/** Throws `message` unless `condition` holds: fails the check it runs in. */
export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** `['a', 'b']` -> `a, b`; `[]` -> `none`. */
export const list = (items) => (items.length ? items.join(', ') : 'none');

/** How many checks have passed and failed so far. */
export const counts = () => ({ passed, failed });
