#!/usr/bin/env bash
# Provides the Chromium that the browser tests drive, and writes its path to $1.
#
# In order: $CHROMIUM if set; a chromium already on PATH; Debian's package through apt-get
# (as root, or with sudo that needs no password); Playwright's own browser download. If none
# works, it stops and says exactly what to run: a browser test is never skipped silently.
set -u
out=${1:?usage: provide_chromium.sh PATH-FILE}
venv_bin=$(dirname "$out")/bin

found() { printf '%s\n' "$1" >"$out"; echo "Browser tests use $1"; exit 0; }

if [ -n "${CHROMIUM:-}" ]; then
  [ -x "$CHROMIUM" ] && found "$CHROMIUM"
  echo "CHROMIUM=$CHROMIUM is not an executable file." >&2
  exit 1
fi
for name in chromium chromium-browser; do
  path=$(command -v "$name" 2>/dev/null) && found "$path"
done

if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then as_root=""; elif sudo -n true 2>/dev/null; then as_root="sudo -n"; else as_root=none; fi
  if [ "$as_root" != none ]; then
    echo "Installing Debian's chromium for the browser tests (apt-get)…"
    export DEBIAN_FRONTEND=noninteractive
    if $as_root apt-get update -qq &&
      $as_root apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null; then
      path=$(command -v chromium) && found "$path"
    fi
    echo "apt-get could not install chromium; trying Playwright's own browser." >&2
  fi
fi

echo "Installing Playwright's own Chromium for the browser tests…"
if "$venv_bin/python" -m playwright install chromium; then
  # Playwright finds its own download by itself: an empty path means "Playwright's default".
  : >"$out"
  echo "Browser tests use Playwright's Chromium"
  exit 0
fi

cat >&2 <<'MSG'

The browser tests need Chromium, and none could be provided. Run one of these, then `make test`:
  sudo apt-get install chromium                 # Debian or Ubuntu
  .venv/bin/python -m playwright install chromium   # any machine that can reach Playwright's downloads
  CHROMIUM=/path/to/chromium make test          # a Chromium or Chrome you already have
MSG
exit 1
