"""Screenshots of the reader site at phone and desktop widths, light and dark.

``make screenshots`` runs this: it builds a throwaway database with the demo content, serves
it, and writes docs/screenshots/<page>-<width>-<scheme>.png. Pass --base-url to photograph a
site that is already running instead.
"""

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.request import urlopen

from playwright.sync_api import sync_playwright

from tests.browser import chromium

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"

WIDTHS = {"mobile": (390, 844), "desktop": (1280, 900)}
SCHEMES = ("light", "dark")

# The demo content's addresses: one of each page type.
PAGES = {
    "home": "/",
    "explainer": "/stories/bank-of-serravel-raises-rates/",
    "question": "/questions/what-is-a-solar-microgrid/",
    "topics": "/topics/",
    "topic": "/topics/bank-of-serravel/",
    "author": "/authors/amara-nwosu-hale/",
    "outlet": "/outlets/continental-wire/",
}


def capture(base_url, out_dir=OUT, pages=PAGES, full_page=True):
    """Photograph each page at each width in each colour scheme; return the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as p:
        browser = chromium.launch(p)
        for width_name, (width, height) in WIDTHS.items():
            for scheme in SCHEMES:
                context = browser.new_context(
                    viewport={"width": width, "height": height},
                    color_scheme=scheme,
                    device_scale_factor=1,
                )
                page = context.new_page()
                for name, path in pages.items():
                    page.goto(base_url.rstrip("/") + path, wait_until="load")
                    target = out_dir / f"{name}-{width_name}-{scheme}.png"
                    page.screenshot(path=str(target), full_page=full_page)
                    _shrink(target)
                    written.append(target)
                    if name == "explainer":
                        # What a reader sees first: the README shows these.
                        fold = out_dir / f"{name}-{width_name}-{scheme}-fold.png"
                        page.screenshot(path=str(fold))
                        _shrink(fold)
                        written.append(fold)
                context.close()
        browser.close()
    return written


def _shrink(path):
    """Re-save the screenshot with a 256-colour palette, a third of the size."""
    # Text and flat colour lose nothing visible; the committed screenshots stay light.
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _serve_demo(workdir):
    """Migrate and seed a throwaway SQLite database, then serve it; return (process, url)."""
    env = {
        **os.environ,
        "DJANGO_SQLITE_PATH": str(Path(workdir) / "demo.sqlite3"),
        "DJANGO_MEDIA_ROOT": str(Path(workdir) / "media"),
        "DJANGO_DEBUG": "1",
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True)  # noqa: S603
    subprocess.run([*manage, "seed_demo"], env=env, check=True, stdout=subprocess.DEVNULL)  # noqa: S603
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(  # noqa: S603
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _attempt in range(100):
        try:
            with urlopen(url + "/healthz", timeout=1):  # noqa: S310 - our own local server
                return server, url
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError("The demo server did not start.")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base-url", help="A running site to photograph.")
    parser.add_argument("--out", default=str(OUT), help="Where to write the PNG files.")
    args = parser.parse_args()
    if args.base_url:
        files = capture(args.base_url, Path(args.out))
    else:
        with tempfile.TemporaryDirectory() as workdir:
            server, url = _serve_demo(workdir)
            try:
                files = capture(url, Path(args.out))
            finally:
                server.terminate()
                server.wait(timeout=10)
    for path in files:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


if __name__ == "__main__":
    main()
