"""The session's plan and the questionnaire's raw form values, kept across page switches."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from typing import Any, TypeVar
from urllib.parse import urlencode, urlsplit, urlunsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import streamlit as st

from advisor import DateStyle, Plan, country_of_locale, date_style_of_locale
from advisor.agenda import Agenda
from advisor.agenda import agenda as build_agenda
from advisor.plan_file import PlanFileError
from advisor.share_link import plan_from_token, plan_to_token
from ui.text import md_escape

# Every key the app itself puts in st.session_state. Widgets' own keys are not here: a widget
# whose value must outlive a page switch, or belongs to one application, goes through `keep`.
PLAN = "plan"  # the plan: the one source of truth every page reads
CURRENT = "current_application"  # the application the questionnaire shows
TODAY_OVERRIDE = "today_override"  # set by tests to fix the real "today"
DEMO_TODAY = "_demo_today"  # a coach's "show the plan as of another day", this session only
LINK_ERROR = "_link_error"  # why the plan in the opening link could not be read
PENDING = "_pending_plan"  # (plan, where it came from) waiting for the user to confirm
NOTICE = "_notice"  # (message, icon): a confirmation to show on the next run
NOTICES_SHOWN = "_notices_shown"  # what the notices above the page said when last drawn
REFUSED = "_refused"  # (button key, why): an action a callback could not do, shown by the button
FOCUS = "_focus_step"  # the questionnaire step whose first field takes the keyboard next run
KEPT = "_kept_inputs"  # scope -> {widget key: value}: what each input last held (see `keep`)
_SHOWN = "_kept_shown"  # widget key -> the scope whose value the widget shows now
LAST_PAGE = "_last_page"  # the page the last run drew
RANKED = "_ranking_shown"  # the ranking the offers page's rank widgets last showed
UPLOAD_ROUND = "_upload_round"  # how many plan files were read: the uploader's key changes
UPLOAD_ERROR = "_upload_error"  # (file name, why) for the last plan file that could not be read
SESSION_KEYS = frozenset(
    {
        PLAN,
        CURRENT,
        TODAY_OVERRIDE,
        DEMO_TODAY,
        LINK_ERROR,
        PENDING,
        NOTICE,
        NOTICES_SHOWN,
        REFUSED,
        FOCUS,
        KEPT,
        _SHOWN,
        LAST_PAGE,
        RANKED,
        UPLOAD_ROUND,
        UPLOAD_ERROR,
    }
)
PAGE = "page"  # the scope of inputs that belong to no one application
URL_KEY = "plan"  # the query parameter that carries the plan


_T = TypeVar("_T")
_MISSING = object()
_run = threading.local()  # what this script run read from the session (see `one_run`)


@contextlib.contextmanager
def one_run() -> Iterator[None]:
    """Within it (the router's run of a page, or a fragment's run alone), each session value
    this module keeps is read from the session once: a read costs ~5 µs, and a run asked for
    the plan alone a dozen times. What this module writes goes to both. Outside a run (in a
    callback, or between a test's runs) every read goes to the session."""
    if getattr(_run, "read", None) is not None:  # a fragment inside the router's run
        yield
        return
    _run.read = {}
    try:
        yield
    finally:
        _run.read = None


def _get(key: str) -> Any:
    """`st.session_state.get(key)`, read once per run (see `one_run`)."""
    read: dict[str, Any] | None = getattr(_run, "read", None)
    if read is None:
        return st.session_state.get(key)
    value = read.get(key, _MISSING)
    if value is _MISSING:
        value = read[key] = st.session_state.get(key)
    return value


def _set(key: str, value: Any) -> None:
    st.session_state[key] = value
    read: dict[str, Any] | None = getattr(_run, "read", None)
    if read is not None:
        read[key] = value


def _drop(key: str) -> None:
    """Remove `key` from the session (nothing happens if it is not there)."""
    if _get(key) is not None:
        st.session_state.pop(key, None)
    read: dict[str, Any] | None = getattr(_run, "read", None)
    if read is not None:
        read[key] = None


def _context(name: str) -> Any:
    """`st.context.<name>` (the browser's locale or time zone), read once per run."""
    key = f"context.{name}"
    read: dict[str, Any] | None = getattr(_run, "read", None)
    if read is None:
        return getattr(st.context, name)
    if key not in read:
        read[key] = getattr(st.context, name)
    return read[key]


@st.cache_resource(scope="session", show_spinner=False)
def _derived() -> dict[str, tuple[object, Any]]:
    """This session's values worked out from its plan: name -> (the inputs, the value).

    Not in st.session_state: Streamlit keeps a closed tab's session state for a while, in case
    the tab reconnects, but drops a session's cache as soon as its tab disconnects. For the
    largest plan the agenda and the charts take more memory than the plan itself, and all of
    it is worked out again, from the plan, if the tab does come back.
    """
    return {}


def remembered(name: str, inputs: object, build: Callable[[], _T]) -> _T:
    """`build()`, or what it gave on this session's last call with equal `inputs`.

    Kept per session (never shared between visitors), and only while its tab is connected: e.g.
    the agenda, or a chart's rows and spec, often unchanged by an edit elsewhere on the page.
    """
    read: dict[str, Any] | None = getattr(_run, "read", None)
    derived = None if read is None else read.get("derived")
    if derived is None:
        derived = _derived()
        if read is not None:
            read["derived"] = derived
    cached = derived.get(name)
    if cached is not None and (cached[0] is inputs or cached[0] == inputs):
        return cached[1]  # type: ignore[no-any-return]
    value = build()
    derived[name] = (inputs, value)
    return value


def real_today() -> date:
    """Today in the visitor's own time zone (the server's when the browser does not say)."""
    override = _get(TODAY_OVERRIDE)
    if isinstance(override, date):
        return override
    zone = _context("timezone")
    try:
        return datetime.now(ZoneInfo(zone)).date() if zone else date.today()
    except (ZoneInfoNotFoundError, ValueError):
        return date.today()


def home_country() -> str:
    """The country the browser's language setting points to ("en-GB": GB), else the US: a new
    application's country until the candidate picks one, and how the coach's dates are written."""
    return country_of_locale(_context("locale")) or "US"


def date_style() -> DateStyle:
    """How this visitor writes a date, from the browser's language setting: "Wed, Dec 2" for
    en-US, "Wed 2 Dec" for en-GB (and wherever the setting names no country)."""
    return date_style_of_locale(_context("locale"))


def today() -> date:
    """The day the pages show the plan as of: today, unless a demo looks at another day.

    The demo day lives in this session only: it changes no date in the plan, and a link or a
    refresh opens on the real today.
    """
    return demo_day() or real_today()


def demo_day() -> date | None:
    """The other day a demo shows the plan as of, if one is chosen."""
    shown = _get(DEMO_TODAY)
    return shown if isinstance(shown, date) else None


DEMO_DAY_WIDGETS = ("t_demo_day", "p_demo_day")


def set_demo_day(day: date | None) -> None:
    """Show the plan as of `day` in this session; None (or the real today) goes back."""
    if day is None or day == real_today():
        _drop(DEMO_TODAY)
        for key in DEMO_DAY_WIDGETS:  # so the pickers show the real today again
            st.session_state.pop(key, None)
    else:
        _set(DEMO_TODAY, day)


def plan() -> Plan:
    stored = _get(PLAN)
    if not isinstance(stored, Plan):
        stored = Plan()
        _set(PLAN, stored)
    return stored


def agenda(today: date) -> Agenda:
    """The plan's agenda as of `today`: what every page, and the calendar file, shows to do.

    Built once per change of the plan or the day, and shared by every part of every page.
    """
    current, style = plan(), date_style()
    return remembered(
        "agenda",
        (current, today, style),
        lambda: build_agenda(plan=current, today=today, date_style=style),
    )


def hold(key: str, value: Any) -> None:
    """`st.session_state[key] = value`, unless it holds that already: for what is set on every
    run, as a write into the session costs about ten times a read."""
    if key not in st.session_state or st.session_state[key] != value:
        st.session_state[key] = value


def save_plan(new_plan: Plan) -> None:
    _set(PLAN, new_plan)
    _drop(LINK_ERROR)
    sync_url()


def link_error() -> str | None:
    """Why the plan in the link this session opened could not be read, until a plan is saved."""
    error = _get(LINK_ERROR)
    return str(error) if error else None


def token() -> str:
    """The current plan as a URL token, encoded once per plan."""
    current = plan()
    return remembered("token", current, lambda: plan_to_token(current))


def sync_url() -> None:
    """Keep the plan in the page's URL, so a refresh or a bookmark brings it back."""
    if not plan().applications and plan() == Plan():
        if URL_KEY in st.query_params:
            del st.query_params[URL_KEY]
        return
    encoded = token()
    if st.query_params.get(URL_KEY) != encoded:
        st.query_params[URL_KEY] = encoded


def share_url(page: str = "timeline") -> str:
    """A link to `page` that opens the current plan, on the server this session came from."""
    opened = urlsplit(st.context.url or "http://localhost:8501/")
    base = str(st.get_option("server.baseUrlPath") or "").strip("/")
    path = "/".join(part for part in (base, page) if part)
    query = urlencode({URL_KEY: token()}) if plan().applications else ""
    return urlunsplit((opened.scheme or "http", opened.netloc, f"/{path}", query, ""))


def restore_from_url() -> None:
    """On a session's first run, take the plan from the URL it was opened with, if any."""
    if _get(PLAN) is not None:
        return
    _set(PLAN, Plan())
    encoded = st.query_params.get(URL_KEY)
    if not encoded:
        return
    try:
        _set(PLAN, plan_from_token(encoded, today=real_today()))
    except PlanFileError as error:
        _set(LINK_ERROR, str(error))


def replace_plan(new_plan: Plan) -> None:
    """Put `new_plan` in place of the current one, with every page's inputs starting afresh
    (each kept input shows the new plan's value on its next draw: see `keep`)."""
    for key in (KEPT, _SHOWN, CURRENT, PENDING, RANKED):
        _drop(key)
    save_plan(new_plan)


def propose_plan(new_plan: Plan, *, source: str) -> bool:
    """Load `new_plan` now if nothing would be lost, else hold it for the user to confirm.

    Returns True when it was loaded.
    """
    current = plan()
    if not current.applications or _numbered(current) == _numbered(new_plan):
        replace_plan(new_plan)  # nothing lost: the same plan, if perhaps a fresh copy's ids
        return True
    _set(PENDING, (new_plan, source))
    return False


def _numbered(some_plan: Plan) -> Plan:
    """`some_plan` with its application ids replaced by their positions, for comparing copies."""
    return some_plan.with_ids({a.id: f"app{i:03d}" for i, a in enumerate(some_plan.applications)})


def pending_plan() -> tuple[Plan, str] | None:
    pending = _get(PENDING)
    if isinstance(pending, tuple) and isinstance(pending[0], Plan):
        return pending[0], str(pending[1])
    return None


def drop_pending_plan() -> None:
    _drop(PENDING)


def current_id() -> str | None:
    value = _get(CURRENT)
    return value if isinstance(value, str) else None


def set_current_id(application_id: str) -> None:
    _set(CURRENT, application_id)


def answers_of(application_id: str | None = None) -> str:
    """The scope (see `keep`) of an application's questionnaire answers: the shown one's by
    default. Each application has its own, so switching between them loses nothing."""
    return f"application:{application_id or current_id() or ''}"


def _kept(scope: str) -> dict[str, Any]:
    store = _get(KEPT)
    if not isinstance(store, dict):
        store = {}
        _set(KEPT, store)
    kept: dict[str, Any] = store.setdefault(scope, {})
    return kept


def _shown() -> dict[str, str]:
    shown = _get(_SHOWN)
    if not isinstance(shown, dict):
        shown = {}
        _set(_SHOWN, shown)
    return shown


def keep(key: str, initial: Any, *, scope: str = PAGE) -> str:
    """Use as ``key=state.keep("o_x", initial)``: the one way an input keeps its value.

    Streamlit drops a widget's value when its page is left; this copies it aside on every run
    (under `scope`: an application's id for its questionnaire answers, else PAGE) and puts it
    back when the widget is drawn again, or when it is drawn for another scope (switching
    applications). `initial` (taken from the plan) is used until something was kept; after
    `replace_plan`, every input starts again from its `initial`.
    """
    kept, shown = _kept(scope), _shown()
    if key not in st.session_state or shown.get(key) != scope:
        st.session_state[key] = kept.get(key, initial)
        shown[key] = scope
    kept[key] = st.session_state[key]
    return key


def enter_page(name: str) -> None:
    """The router calls this before each page runs.

    On the first run after coming from another page, the session may still hold values for
    this page's widgets that the widgets themselves will not show (Streamlit drops a page's
    widget values when another page runs), so every kept input is put back from what was kept.
    """
    if st.session_state.get(LAST_PAGE) != name:
        _drop(_SHOWN)
        st.session_state[LAST_PAGE] = name


def keep_choice(key: str, options: Sequence[Any], initial: Any, fallback: Any = None) -> str:
    """`keep` for a choice among `options`: a kept value no longer offered becomes `fallback`.

    (An application removed elsewhere, or an offer withdrawn, must not break the select box.)
    """
    keep(key, initial)
    if st.session_state[key] not in options:
        put(key, fallback)
    return key


def current_inputs(initials: dict[str, Any], *, scope: str) -> dict[str, Any]:
    """What each input in `initials` (key -> initial) holds for `scope`, whether or not it is
    drawn this run (its value on screen, else the value kept when it was last drawn, else its
    initial), each then kept for `scope`: the questionnaire's two dozen answers, read at once."""
    shown, kept = _shown(), _kept(scope)
    values = {}
    for key, initial in initials.items():
        # the cheap check first: most of the inputs are not on screen
        if shown.get(key) == scope and key in st.session_state:
            values[key] = st.session_state[key]
        else:
            values[key] = kept.get(key, initial)
    kept.update(values)
    return values


def put(key: str, value: Any, *, scope: str = PAGE) -> None:
    """Set input `key` to `value` for `scope` (from a callback), drawn this run or not."""
    st.session_state[key] = value
    _shown()[key] = scope
    _kept(scope)[key] = value


def drop(key: str, *, scope: str = PAGE) -> None:
    """Forget input `key` for `scope`: it starts from its initial value when next drawn.

    For an input that is not drawn: Streamlit keeps a value put in the session for a widget it
    never drew, and each select box, slider or text box drawn reads through every value held.
    """
    st.session_state.pop(key, None)
    shown = _shown()
    if shown.get(key) == scope:
        del shown[key]
    _kept(scope).pop(key, None)


def kept_values(scope: str) -> dict[str, Any]:
    """Every input value kept for `scope` (empty if none)."""
    store = _get(KEPT)
    found = store.get(scope) if isinstance(store, dict) else None
    return dict(found) if isinstance(found, dict) else {}


def forget(scope: str) -> None:
    """Drop what was kept for `scope` (an application removed)."""
    store = _get(KEPT)
    if isinstance(store, dict):
        store.pop(scope, None)


def confirm(message: str, icon: str = ":material/check:") -> None:
    """Confirm an action with a toast (`message` is Markdown: escape any user text in it), even
    when the action ends with `st.rerun()`.

    A toast sent just before a rerun can be lost on the way to the browser, so it is kept here
    and shown by `show_confirmation` on the next run (the router calls it on every run).
    """
    st.session_state[NOTICE] = (message, icon)


def refuse(key: str, message: str) -> None:
    """From the `on_click` callback of button `key`: its action could not be done, and why
    (plain text). `show_refusal(key)`, called where the button is drawn, shows it there."""
    st.session_state[REFUSED] = (key, message)


def show_refusal(key: str) -> None:
    """Show, once, why the action of button `key` was refused on this run (see `refuse`)."""
    refused = st.session_state.get(REFUSED)
    if isinstance(refused, tuple) and refused[0] == key:
        del st.session_state[REFUSED]
        st.error(md_escape(refused[1]))


def show_confirmation() -> None:
    notice = st.session_state.pop(NOTICE, None)
    if isinstance(notice, tuple) and len(notice) == 2:
        st.toast(notice[0], icon=notice[1])


def ask_focus(step: str) -> None:
    """On the next run, put the keyboard on the first field of questionnaire step `step`."""
    st.session_state[FOCUS] = step


def focus_asked(step: str) -> bool:
    """True once, on the run after `ask_focus(step)`."""
    return st.session_state.pop(FOCUS, None) == step
