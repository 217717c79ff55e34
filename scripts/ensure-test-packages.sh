#!/usr/bin/env bash
# Installs the Debian packages the browser tests need (headless Chromium and its driver) when they
# are missing. Called by the build before the integration tests; safe to run by hand.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing ${missing[*]} for the browser tests (Debian packages)..."
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
