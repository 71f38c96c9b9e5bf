"""Several copies behind nginx, as deploy/nginx-advisor.conf sets them up: any copy serves any plan.

The test runs the committed configuration itself (only its ports and log folder are changed), with
two app servers on loopback, and the Dockerfile's own health check against them.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from advisor import Application, Plan
from advisor.share_link import plan_to_token
from tests.browser.conftest import ROOT, _free_port, settle, streamlit_server

pytestmark = pytest.mark.browser

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
SITE = ROOT / "deploy" / "nginx-advisor.conf"


@dataclass
class Copies:
    """Two app servers behind one proxy; `stop(url)` stops the copy with that address."""

    proxy: str
    copies: dict[str, ExitStack]
    logs: Path

    def stop(self, copy: str) -> None:
        self.copies.pop(copy).close()

    def served(self, path: str) -> list[str]:
        """The upstream of every logged request for `path`, oldest first."""
        log = (self.logs / "advisor.access.log").read_text(encoding="utf-8")
        pattern = rf'"GET {re.escape(path)}" \d+ \d+ \S+ upstream=(\S+)'
        return re.findall(pattern, log)


def _site_for_test(copy_ports: tuple[int, int], proxy_port: int, logs: Path) -> str:
    """The committed site configuration with this test's ports and log folder, nothing else."""
    site = SITE.read_text(encoding="utf-8")
    replacements = {
        "listen 80;": f"listen 127.0.0.1:{proxy_port};",
        "127.0.0.1:8501": f"127.0.0.1:{copy_ports[0]}",
        "127.0.0.1:8502": f"127.0.0.1:{copy_ports[1]}",
        "/var/log/nginx/": f"{logs}/",
    }
    for old, new in replacements.items():
        assert old in site, f"{SITE.name} no longer has {old!r}: update this test with it"
        site = site.replace(old, new)
    return site


def _wait_for(url: str) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310  (loopback URL we built)
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.fixture
def copies(tmp_path: Path) -> Iterator[Copies]:
    if not Path(NGINX).exists():
        pytest.fail("nginx not found: install Debian's nginx (the README's test command does)")
    logs = tmp_path / "logs"
    logs.mkdir()
    proxy_port = _free_port()
    with ExitStack() as first, ExitStack() as second:
        urls = [first.enter_context(streamlit_server()), second.enter_context(streamlit_server())]
        ports = (int(urls[0].rsplit(":", 1)[1]), int(urls[1].rsplit(":", 1)[1]))
        site = tmp_path / "advisor.conf"
        site.write_text(_site_for_test(ports, proxy_port, logs), encoding="utf-8")
        main = tmp_path / "nginx.conf"
        temp = "\n".join(
            f"    {kind}_temp_path {tmp_path}/{kind};"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        user = "user root;\n" if os.geteuid() == 0 else ""
        main.write_text(
            f"{user}daemon off;\npid {tmp_path}/nginx.pid;\nerror_log {logs}/main.error.log warn;\n"
            f"events {{}}\nhttp {{\n{temp}\n    include {site};\n}}\n",
            encoding="utf-8",
        )
        checked = subprocess.run(
            [NGINX, "-t", "-c", str(main), "-p", str(tmp_path)], capture_output=True, text=True
        )
        assert checked.returncode == 0, checked.stderr
        proxy = subprocess.Popen([NGINX, "-c", str(main), "-p", str(tmp_path)])
        try:
            _wait_for(f"http://127.0.0.1:{proxy_port}/_stcore/health")
            yield Copies(
                proxy=f"http://127.0.0.1:{proxy_port}",
                copies={urls[0]: first.pop_all(), urls[1]: second.pop_all()},
                logs=logs,
            )
        finally:
            proxy.terminate()
            proxy.wait(timeout=10)


def _plan() -> Plan:
    return Plan(
        applications=(
            Application(
                id="proxy01",
                company="Proxywood",
                role="Analyst",
                interview_date=date.today(),
            ),
        )
    )


def test_when_the_copy_serving_a_plan_stops_a_reload_gets_the_same_plan_from_another(
    copies: Copies, browser: Browser
) -> None:
    token = plan_to_token(_plan())
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{copies.proxy}/timeline?plan={token}")
    settle(page)
    expect(page.get_by_text("Proxywood").first).to_be_visible()
    name = page.locator(".st-key-t_candidate_name input")
    name.fill("Robin Proxy")
    name.press("Enter")
    settle(page)
    page.wait_for_function("() => new URL(location.href).searchParams.has('plan')")
    first_copy = copies.served("/timeline")[-1]

    copies.stop(f"http://{first_copy}")
    page.reload()
    settle(page)

    expect(page.get_by_text("Proxywood").first).to_be_visible()
    expect(page.locator(".st-key-t_candidate_name input")).to_have_value("Robin Proxy")
    assert copies.served("/timeline")[-1] != first_copy
    page.close()


def test_the_proxys_logs_never_hold_a_plan(copies: Copies, browser: Browser) -> None:
    token = plan_to_token(_plan())
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{copies.proxy}/offers?plan={token}")
    settle(page)
    copies.stop(f"http://{copies.served('/offers')[-1]}")  # upstream errors quote the request
    page.reload()
    settle(page)
    page.close()

    logged = "".join(log.read_text(encoding="utf-8") for log in copies.logs.iterdir())

    assert copies.served("/offers"), "the access log should show each request, by path"
    assert token[:40] not in logged
    assert "plan=" not in logged


def _health_check() -> list[str]:
    """The Dockerfile's HEALTHCHECK command, as the container runs it."""
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    found = re.search(r"^HEALTHCHECK .*?CMD (\[.*\])$", dockerfile, re.MULTILINE)
    assert found, "the Dockerfile has no HEALTHCHECK … CMD [...] line"
    command: list[str] = json.loads(found.group(1))
    return command


def test_the_images_health_check_passes_on_a_running_copy_and_fails_on_a_stopped_one() -> None:
    command = _health_check()
    with streamlit_server() as url:
        port = url.rsplit(":", 1)[1]
        local = [part.replace("8501", port) for part in command]
        assert local != command, "the health check should name the app's port, 8501"
        local[0] = shutil.which(local[0]) or local[0]

        running = subprocess.run(local, capture_output=True, timeout=30)

    stopped = subprocess.run(local, capture_output=True, timeout=30)
    assert running.returncode == 0, running.stderr
    assert stopped.returncode != 0
