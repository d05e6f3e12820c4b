#!/usr/bin/env bash
# The browser the UI test drives: Debian's Chromium at /usr/bin/chromium (Playwright's Python package
# drives it; no browser download). Installs it with apt-get when it is missing and apt-get is there.
set -euo pipefail
BROWSER=${MAPWRIGHT_CHROMIUM:-/usr/bin/chromium}
[ -x "$BROWSER" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "browser: $BROWSER missing and no apt-get; the UI browser test will be skipped" >&2
  exit 0
fi
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo -n"
echo "browser: installing Debian's chromium for the UI browser test" >&2
$SUDO apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >&2
[ -x "$BROWSER" ] || { echo "browser: chromium installed but $BROWSER is missing" >&2; exit 1; }
