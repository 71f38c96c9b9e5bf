"""The server, not only the browser, limits uploads: an oversized file sent straight to the upload
endpoint is refused before it is read, and a plan file read once is not kept in the session."""

from __future__ import annotations

import http.client
import json
import re
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page

from advisor import Plan
from advisor.plan_file import plan_to_json
from tests.browser.conftest import settle, streamlit_server

pytestmark = pytest.mark.browser

_OVERSIZED = 5 * 1024 * 1024  # five times server.maxUploadSize


def _server_rss_kb(port: int) -> int:
    """The resident memory of the Streamlit server listening on `port`."""
    for proc in Path("/proc").iterdir():
        try:
            command = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if f"--server.port={port}".encode() in command:
            status = (proc / "status").read_text()
            found = re.search(r"VmRSS:\s+(\d+) kB", status)
            assert found is not None
            return int(found.group(1))
    raise AssertionError(f"no server on port {port}")


def _upload_a_plan(page: Page, path: Path) -> str:
    """Open a real plan file through the page; returns the session id its upload went to."""
    uploads: list[str] = []
    page.on("request", lambda r: uploads.append(r.url) if "/upload_file/" in r.url else None)
    path.write_bytes(plan_to_json(Plan()))
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(str(path))
    settle(page)
    assert uploads, "the page never uploaded the file"
    return uploads[0].split("/upload_file/", 1)[1].split("/", 1)[0]


def _put(url: str, session_id: str, xsrf: str, body: bytes, *, chunked: bool) -> int:
    """PUT `body` as a multipart file to the upload endpoint; the HTTP status it gets."""
    parts = urlsplit(url)
    boundary = uuid.uuid4().hex
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.json"\r\n'
        "Content-Type: application/json\r\n\r\n"
    ).encode()
    payload = head + body + f"\r\n--{boundary}--\r\n".encode()
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    headers = {
        "Content-Type": f"multipart/form-data; boundary={boundary}",
        "X-Xsrftoken": xsrf,
        "Cookie": f"_streamlit_xsrf={xsrf}",
    }
    try:
        connection.request(
            "PUT",
            f"/_stcore/upload_file/{session_id}/{uuid.uuid4()}",
            body=iter([payload[i : i + 65536] for i in range(0, len(payload), 65536)])
            if chunked
            else payload,
            headers=headers,
            encode_chunked=chunked,
        )
        return connection.getresponse().status
    except (ConnectionError, http.client.HTTPException):
        return 413  # the server hung up on the body: refused
    finally:
        connection.close()


def test_an_oversized_file_posted_straight_to_the_server_is_refused_with_memory_unchanged(
    browser: Browser, tmp_path: Path
) -> None:
    with streamlit_server() as url:
        context = browser.new_context()
        page = context.new_page()
        page.goto(f"{url}/plan")
        settle(page)
        session_id = _upload_a_plan(page, tmp_path / "plan.json")
        xsrf = next(c["value"] for c in context.cookies() if c["name"] == "_streamlit_xsrf")
        port = urlsplit(url).port
        assert port is not None
        small = json.dumps({"schema_version": 2}).encode()
        # The same request with a small file is taken: the refusals below are for the size.
        assert _put(url, session_id, xsrf, small, chunked=False) in (200, 204)
        before = _server_rss_kb(port)

        statuses = [
            _put(url, session_id, xsrf, b"x" * _OVERSIZED, chunked=chunked)
            for chunked in (False, True, False, True, False, True)
        ]

        after = _server_rss_kb(port)
        context.close()
    assert statuses == [413] * 6
    # Six files of 5 MB, had they been kept, would add 30 MB; allow for the server's own churn.
    assert after - before < 8 * 1024, (before, after)


def test_a_plan_file_is_read_once_and_not_kept_in_the_session(
    browser: Browser, tmp_path: Path
) -> None:
    with streamlit_server() as url:
        page = browser.new_page()
        page.goto(f"{url}/plan")
        settle(page)
        _upload_a_plan(page, tmp_path / "plan.json")

        # The uploader is drawn afresh, empty: the file is no longer held for this session.
        uploader = page.locator("[data-testid='stFileUploader']")
        assert uploader.count() == 1
        assert page.locator("[data-testid='stFileUploaderFile']").count() == 0
        page.close()
