"""The one way the browser tests and the screenshots launch Chromium.

``make browser`` (run by ``make test``) finds or installs a Chromium and writes its path to
``.venv/chromium-path``; an empty file means Playwright's own download. ``CHROMIUM`` in the
environment overrides both.
"""

import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PATH_FILE = ROOT / ".venv" / "chromium-path"

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

MISSING = (
    "No Chromium for the browser tests. Run `make browser` (make test runs it), or set "
    "CHROMIUM=/path/to/chromium."
)


def executable():
    """The Chromium to launch, or None for Playwright's own download."""
    if os.environ.get("CHROMIUM"):
        return os.environ["CHROMIUM"]
    if PATH_FILE.exists():
        return PATH_FILE.read_text().strip() or None
    return shutil.which("chromium") or shutil.which("chromium-browser")


def launch(playwright):
    """A headless Chromium; fails with what to run when there is none, never skips."""
    try:
        return playwright.chromium.launch(executable_path=executable(), args=ARGS)
    except Exception as exc:
        raise RuntimeError(f"{MISSING}\n{exc}") from exc
