// Entity tags as RFC 9110 (section 8.8.3 and 13.1) defines them. A header that is not a valid
// list of tags is refused rather than read loosely: a loose reading once let `If-Match: ""`
// or `If-Match: ,` through as "no precondition".
import { badRequest } from './http-problem.mjs';

/** One entity tag: `W/"opaque"` is weak, `"opaque"` strong. */
const ENTITY_TAG = /^(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"$/;

/**
 * @typedef {{ any: true } | { any: false, tags: { weak: boolean, opaque: string }[] }} EntityTagCondition
 */

/**
 * Parses `If-Match` or `If-None-Match`; `undefined` when the header is absent.
 * @param {string | null} header
 * @param {string} name The header's name, for the error message.
 * @returns {EntityTagCondition | undefined}
 */
export function parseEntityTagCondition(header, name) {
  if (header === null) return undefined;
  if (header.trim() === '*') return { any: true };
  const tags = [];
  for (const element of header.split(',')) {
    const candidate = element.trim();
    if (candidate === '') continue;
    const match = ENTITY_TAG.exec(candidate);
    if (!match) throw badRequest(`${name} must be * or a list of entity tags such as "3f2a", not ${JSON.stringify(header)}.`);
    tags.push({ weak: match[1] !== undefined, opaque: match[2] });
  }
  if (tags.length === 0) throw badRequest(`${name} names no entity tag.`);
  return { any: false, tags };
}

/**
 * The versions an `If-Match` accepts. It needs the strong comparison: a weak tag never matches.
 * @param {EntityTagCondition} condition
 * @returns {{ any: true } | { any: false, versions: string[] }}
 */
export function acceptedVersions(condition) {
  if (condition.any) return condition;
  return { any: false, versions: condition.tags.filter((tag) => !tag.weak).map((tag) => tag.opaque) };
}

/**
 * Whether `If-None-Match` names the current tag. It uses the weak comparison (W/ is ignored).
 * @param {EntityTagCondition | undefined} condition
 * @param {string} currentOpaque
 */
export function noneMatchHits(condition, currentOpaque) {
  if (!condition) return false;
  return condition.any || condition.tags.some((tag) => tag.opaque === currentOpaque);
}

/** @param {string} opaque */
export const quoteTag = (opaque) => `"${opaque}"`;
