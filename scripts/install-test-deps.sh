#!/bin/sh
# System packages the tests need (browser tests: Debian's chromium, its driver, a CJK font).
# Idempotent: installs only what is missing. Needs root (or sudo) when something is missing.
set -eu

PACKAGES="
chromium
chromium-driver
fonts-noto-cjk
virtuoso-opensource
"

missing=""
for pkg in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $pkg"
    fi
done

if [ -z "$missing" ]; then
    echo "install-test-deps: all present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
echo "install-test-deps: installing$missing"
$SUDO apt-get update
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y $missing
