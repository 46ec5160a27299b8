// What the package test works on: the repository that is packed, and the package's name.
import { resolve } from 'node:path';

/** The repository root. */
export const root = resolve(import.meta.dirname, '..', '..');

/** The package's name, as a portal imports it. */
export const NAME = 'portal-announcements';
