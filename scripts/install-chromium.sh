#!/bin/sh
# Install Debian's chromium for the browser tests (Playwright's own browser
# download does not work offline). Needs root, or sudo.
set -e
if command -v chromium >/dev/null 2>&1; then exit 0; fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
command -v chromium
