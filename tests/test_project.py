"""House rules: CI runs what the README says, and the domain stays free of the UI."""

import ast
import doctest
import importlib
import re
import subprocess
import sys
import tomllib
from datetime import date
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from advisor.plan_file import plan_from_json

ROOT = Path(__file__).resolve().parents[1]


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = readme.split("## Set up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", setup)


def test_the_readme_has_exactly_two_set_up_commands() -> None:
    commands = _readme_commands()

    assert len(commands) == 2
    assert commands[0].endswith("streamlit run app.py")
    assert commands[1].endswith("python -m pytest")


def test_ci_runs_the_readmes_test_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")

    assert _readme_commands()[1] in ci.splitlines()


def test_the_domain_never_imports_streamlit() -> None:
    offenders = []
    for path in (ROOT / "advisor").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] == "streamlit"]

    assert offenders == []


def test_the_app_draws_its_charts_without_loading_altair() -> None:
    """The charts are written as Vega-Lite dicts; Altair would cost every server 0.3 s at start
    and about 27 MB, for nothing. (The tests still use it to check the charts' schema.)"""
    script = (
        "import sys; sys.path.insert(0, '.');"
        "import ui.router, ui.questionnaire_form, ui.results, ui.timeline_chart, ui.timeline_view,"
        " ui.offers_chart, ui.offers_entry, ui.offers_view, ui.plan_view;"
        "print('altair' in sys.modules)"
    )
    found = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )

    assert found.stdout.strip() == "False"


def test_no_assert_guards_anything_in_the_domain() -> None:
    # `python -O` strips asserts, and a failed one is a traceback: input is checked with errors
    # that name the field instead.
    found = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in sorted((ROOT / "advisor").rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Assert)
    ]

    assert found == []


def test_every_page_script_hands_over_to_the_router_first() -> None:
    for page in (ROOT / "pages").glob("*.py"):
        if page.name == "__init__.py":
            continue
        code = [line for line in page.read_text(encoding="utf-8").splitlines() if line.strip()]
        body = [line for line in code if not line.startswith(('"""', "#"))]

        assert body[:2] == ["from ui import router", "router.ensure_routed()"], page.name


def test_the_plan_file_example_in_the_readme_is_a_valid_plan() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("```json\n", 1)[1].split("```", 1)[0]

    plan = plan_from_json(block.encode(), today=date(2026, 11, 4))

    assert plan.applications[0].company == "Northwind Traders"
    assert plan.preference == ("northwind",)


def test_the_usage_examples_in_the_domain_docstrings_run() -> None:
    modules = sorted(
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for path in (ROOT / "advisor").rglob("*.py")
        if path.name != "__main__.py"
    )
    failed = {}
    for name in modules:
        result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
        if result.failed:
            failed[name] = result.failed

    assert failed == {}


def _locked() -> dict[str, str]:
    """requirements.lock as {normalised name: version}; every requirement line must be `==`."""
    locked = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", " ")):
            continue
        name, separator, version = line.partition("==")
        assert separator == "==", f"not an exact pin: {line!r}"
        assert version.strip(), f"no version: {line!r}"
        locked[canonicalize_name(name)] = version.strip()
    return locked


def _declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    return [Requirement(line) for line in lines]


def test_every_declared_dependency_is_locked_at_a_version_its_range_admits() -> None:
    locked = _locked()

    outside = {
        str(requirement): locked.get(canonicalize_name(requirement.name), "not locked")
        for requirement in _declared()
        if locked.get(canonicalize_name(requirement.name)) not in requirement.specifier
    }

    assert outside == {}
    assert {"ruff", "mypy", "streamlit", "pytest"} <= locked.keys()


def test_every_install_the_project_documents_uses_the_lock_file() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    installs = [
        *(part for command in _readme_commands() for part in command.split("&&")),
        *(line for line in dockerfile.splitlines() if line.startswith("RUN ")),
    ]
    pip_installs = [part.strip() for part in installs if "pip install" in part]

    assert len(pip_installs) == 3
    for install in pip_installs:
        assert re.search(r"(-c|--constraint) requirements\.lock\b", install), install


def test_the_tests_run_on_the_locked_versions() -> None:
    # The README's command installs from the lock, so a mismatch means the suite is proving
    # something about versions that CI, the image and a coach's install do not have.
    mismatched = {}
    for name, version in _locked().items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            installed = "missing"
        if installed != version:
            mismatched[name] = f"locked {version}, installed {installed}"

    assert mismatched == {}
