"""Ten people at once on one server: each sees only their own plan, and nothing fails."""

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest

from bench.load import run, summary
from tests.ui.apptest import TODAY

pytestmark = pytest.mark.browser

SESSIONS = 10


def test_ten_concurrent_sessions_never_see_each_others_plans(server: str) -> None:
    # Its own thread: the async browser must not share the test's synchronous Playwright loop.
    with ThreadPoolExecutor(max_workers=1) as pool:
        outcomes = pool.submit(
            asyncio.run, run(server, sessions=SESSIONS, rounds=2, today=TODAY)
        ).result()

    print(summary(outcomes))
    assert [o.problems for o in outcomes] == [[] for _ in range(SESSIONS)]
    assert all(len(o.timings) == 2 for o in outcomes)
