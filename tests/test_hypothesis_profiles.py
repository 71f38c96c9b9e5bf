"""Property tests in CI draw the same examples every run; a test's own settings keep that."""

import os

from hypothesis import settings


def test_ci_draws_the_same_examples_every_run_remembers_nothing_and_prints_the_replay_blob() -> (
    None
):
    ci = settings.get_profile("ci")

    assert (ci.derandomize, ci.database, ci.print_blob) == (True, None, True)


def test_a_developer_run_keeps_exploring_with_random_examples() -> None:
    assert settings.get_profile("dev").derandomize is False


def test_the_profile_in_use_is_the_one_hypothesis_profile_names() -> None:
    assert settings.get_current_profile_name() == (os.environ.get("HYPOTHESIS_PROFILE") or "dev")


def test_a_tests_own_settings_keep_what_they_do_not_set_from_the_profile() -> None:
    own = settings(max_examples=200, deadline=None)  # as the property tests write it
    profile = settings.get_profile(settings.get_current_profile_name())

    assert (own.derandomize, own.print_blob) == (profile.derandomize, profile.print_blob)
    assert (own.database is None) == (profile.database is None)
