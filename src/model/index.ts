export * from './announcement.js';
export * from './dates.js';
export * from './validate.js';
export * from './records.js';
export * from './parse.js';
export * from './seed.js';
export * from './visibility.js';
export * from './errors.js';
