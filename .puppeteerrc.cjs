/**
 * Browsers come from the operating system's packages (Debian: chromium, firefox-esr);
 * the test runner must never download one of its own.
 */
module.exports = { skipDownload: true };
