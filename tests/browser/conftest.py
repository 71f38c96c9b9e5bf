"""Real-browser fixtures: a Streamlit server on loopback and Debian's headless Chromium."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"
# Without these, Chromium keeps trying to reach Google's hosts, which a closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def streamlit_server(
    output: list[str] | None = None,
    *,
    script: Path = ROOT / "app.py",
    options: Sequence[str] = (),
    env: Mapping[str, str] | None = None,
) -> Iterator[str]:
    """A freshly started server for the app; yields its base URL. Nothing has run the app yet.

    With `output`, everything the server printed is appended to it when the server stops.
    `script`, extra `options` and `env` let the benchmarks start their reference scripts alike.
    """
    port = _free_port()
    log = tempfile.TemporaryFile()  # noqa: SIM115  (closed in the finally below, after the server)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(script),
            f"--server.port={port}",
            "--server.address=127.0.0.1",
            *options,
        ],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:  # noqa: S310  (loopback URL we built)
                    if response.status == 200:
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    output = log.read().decode(errors="replace")[-2000:]
                    raise RuntimeError(f"the Streamlit server did not start:\n{output}") from None
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if output is not None:
            log.seek(0)
            output.append(log.read().decode(errors="replace"))
        log.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's chromium package")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with streamlit_server() as url:
        yield url


def settle(page: Page) -> None:
    """Wait until Streamlit has finished the rerun that the last action started."""
    page.wait_for_timeout(200)
    page.wait_for_selector(IDLE, timeout=60_000)


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2)
    page = context.new_page()
    page.set_default_timeout(30_000)
    yield page
    context.close()


def add_applications(page: Page, server: str, *companies: str) -> list[str]:
    """Start a plan in the questionnaire with one application per company.

    Returns the list the page's console errors are collected into from now on.
    """
    console_errors: list[str] = []
    page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{server}/questionnaire")
    settle(page)
    for index, company in enumerate(companies):
        if index:
            page.locator(".st-key-q_add button").click()
            settle(page)
        fill_company(page, company)
    return console_errors


def fill_company(page: Page, company: str) -> None:
    """Type the current application's company into the questionnaire and let it rerun."""
    field = page.locator(".st-key-q_company input")
    field.fill(company)
    field.press("Enter")
    settle(page)


def open_step(page: Page, key: str) -> None:
    """Show the questionnaire step that holds widget `key` (one step is drawn at a time)."""
    from ui.questionnaire_form import STEPS, step_of

    title = next(step.title for step in STEPS if step.name == step_of(key))
    field = page.locator(f".st-key-{key}")
    if field.count() and field.first.is_visible():
        return
    page.locator(".st-key-q_step").get_by_role("radio", name=title).click()
    settle(page)
    field.first.wait_for(state="visible")
