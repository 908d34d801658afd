"""Shared fixtures: a scratch copy of the project, the built site, a local server and Debian's Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import socket
import sys
import threading
from pathlib import Path

import pytest

from helpers import mkdocs_build
from sitecheck import ROOT, copy_project

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))  # Debian's package; override for other systems
# Flags that keep Chromium off the network: without them it tries to reach Google's hosts at start.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A scratch copy of the project that a test may break."""
    return copy_project(tmp_path / "project")


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def server_port() -> int:
    """The port the built site is served on (site_url must match it for instant navigation)."""
    return free_port()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, server_port) -> Path:
    """The real site, built once with `mkdocs build --strict`."""
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, site, f"http://127.0.0.1:{server_port}/")
    assert result.returncode == 0, f"strict build failed:\n{result.stdout}\n{result.stderr}"
    return site


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site_url(built_site, server_port):
    """Serve the built site on 127.0.0.1 for the browser tests."""
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", server_port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server_port}/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright; skipped loudly without it, except under CI=true."""
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} not found: install Debian's chromium package to run the browser tests"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + " (CI=true: browser tests must run)")
        sys.stderr.write(f"\n\n*** SKIPPING BROWSER TESTS: {message} ***\n\n")
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def pytest_collection_modifyitems(items):
    """Mark tests by the fixtures they use: `browser` (Chromium) and `site` (a full strict build), so `make check` can
    leave both out."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if "browser" in fixtures:
            item.add_marker(pytest.mark.browser)
        if fixtures & {"built_site", "site_url"}:
            item.add_marker(pytest.mark.site)
