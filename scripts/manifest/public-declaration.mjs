// What of one analyzed declaration a portal may rely on: the analyzer also reports private and
// protected members, Lit's internal state, and "events" it guessed from `dispatchEvent` calls
// (named after the constructor's first argument, such as `announcement`).

/** Every event the elements fire carries this prefix (and is a typed `Event` subclass). */
export const EVENT_PREFIX = 'announcement-';

/** Whether a member or attribute belongs to the public API. */
export function isPublicMember(member) {
  const hidden = member.privacy === 'private' || member.privacy === 'protected';
  return !hidden && !/^[_#]/.test(member.name ?? '');
}

/**
 * A copy of `declaration` without what is private. Only documented events (`@fires`) keep
 * their place: guessed ones never carry the prefix.
 * @param {object} declaration A declaration from the analyzer.
 * @returns {object}
 */
export function publicDeclaration(declaration) {
  if (declaration.kind !== 'class') return structuredClone(declaration);
  const copy = structuredClone(declaration);
  copy.members = (copy.members ?? []).filter(isPublicMember);
  const memberNames = new Set(copy.members.map((member) => member.name));
  copy.attributes = (copy.attributes ?? []).filter(
    (attribute) => isPublicMember(attribute) && (!attribute.fieldName || memberNames.has(attribute.fieldName)),
  );
  copy.events = (copy.events ?? []).filter((event) => event.name?.startsWith(EVENT_PREFIX));
  return copy;
}
