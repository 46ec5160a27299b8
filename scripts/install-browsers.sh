#!/bin/sh
# Installs the browsers the test suite runs in: Debian's chromium and firefox-esr.
# The test runner never downloads a browser; it uses these (or CHROME_PATH / FIREFOX_PATH).
set -e

have() { command -v "$1" >/dev/null 2>&1; }

chromium_found() { have chromium || have chromium-browser || have google-chrome || [ -n "$CHROME_PATH" ]; }
firefox_found() { have firefox-esr || have firefox || [ -n "$FIREFOX_PATH" ]; }

if chromium_found && firefox_found; then
  echo "Browsers found: nothing to install."
  exit 0
fi

if have apt-get && [ "$(id -u)" = "0" ]; then
  missing=""
  chromium_found || missing="$missing chromium"
  firefox_found || missing="$missing firefox-esr"
  echo "Installing$missing with apt-get ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq $missing fonts-liberation >/dev/null
  echo "Installed:$missing"
  exit 0
fi

chromium_found || {
  echo "Chromium or Chrome is missing. Install it (Debian/Ubuntu: sudo apt-get install chromium;" >&2
  echo "macOS: the Google Chrome app) or set CHROME_PATH to its executable." >&2
  exit 1
}
echo "Firefox is missing: the tests will run in Chromium only. Install it (Debian: sudo apt-get" >&2
echo "install firefox-esr; Ubuntu: sudo apt-get install firefox; macOS: the Firefox app) or set FIREFOX_PATH." >&2
