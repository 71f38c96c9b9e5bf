"""Hypothesis profiles: "ci" draws the same examples on every run, "dev" keeps exploring.

HYPOTHESIS_PROFILE picks one (unset or empty: "dev"); .ci/run sets it to "ci". The profile is
loaded here, before pytest imports any test module, because a test's `@settings(...)` takes every
value it does not set itself (derandomize, database, print_blob) from the profile loaded when it
is decorated.
"""

from __future__ import annotations

import os

from hypothesis import settings

# Both profiles build on Hypothesis' own defaults, not on what it loads on seeing a CI variable.
_DEFAULTS = settings.get_profile("default")
# A red CI run is reproducible: the same examples every run, nothing remembered between runs,
# and a failure printed with the blob that replays it (@reproduce_failure). No deadline: a shared
# CI machine's pauses are not the code's speed.
settings.register_profile(
    "ci", _DEFAULTS, derandomize=True, database=None, print_blob=True, deadline=None
)
# A developer's machine: random examples, and the local database replays past failures first.
settings.register_profile("dev", _DEFAULTS)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or "dev")
