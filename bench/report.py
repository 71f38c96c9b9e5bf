"""The benchmark's report: medians and 95th percentiles, ratios against the references, and the
machine they were measured on, as Markdown."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import streamlit

__all__ = ["Growth", "Row", "growth_table", "machine", "p95", "ratio_table", "table"]

ROOT = Path(__file__).resolve().parents[1]


def p95(values: Sequence[float]) -> float:
    """The 95th percentile (the largest value when there are fewer than 20)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


@dataclass(frozen=True)
class Row:
    """One thing measured: the app's times and its reference's, from the same loop."""

    page: str
    what: str
    app: list[float]
    reference: list[float]

    @property
    def ratio(self) -> float:
        return statistics.median(self.app) / statistics.median(self.reference)


def ratio_table(rows: Sequence[Row], target: float) -> str:
    header = ["Page", "What", "App ms (median / p95)", "Reference ms", "Ratio", "Target"]
    lines = [
        [
            r.page or "start",
            r.what,
            f"{statistics.median(r.app):.0f} / {p95(r.app):.0f}",
            f"{statistics.median(r.reference):.0f} / {p95(r.reference):.0f}",
            f"{r.ratio:.2f}×",
            f"≤ {target}× {'met' if r.ratio <= target else 'missed'}",
        ]
        for r in rows
    ]
    return table(header, lines)


@dataclass(frozen=True)
class Growth:
    """One page measured with plans of several sizes in the same loop."""

    page: str
    what: str  # "rerun", "first load"
    times: dict[int, list[float]]  # number of applications -> times, in milliseconds

    def ratio(self, size: int) -> float:
        smallest = min(self.times)
        return statistics.median(self.times[size]) / statistics.median(self.times[smallest])


def growth_table(rows: Sequence[Growth], target: float) -> str:
    """Each size against the smallest plan of the same loop; the target holds for every size."""
    header = ["Page", "What", "Applications", "ms (median / p95)", "Against the smallest", "Target"]
    lines = []
    for r in rows:
        smallest = min(r.times)
        for size, times in sorted(r.times.items()):
            ratio = r.ratio(size)
            verdict = f"≤ {target}× {'met' if ratio <= target else 'missed'}"
            lines.append(
                [
                    r.page or "start",
                    r.what,
                    str(size),
                    f"{statistics.median(times):.0f} / {p95(times):.0f}",
                    f"{ratio:.2f}×",
                    "" if size == smallest else verdict,
                ]
            )
    return table(header, lines)


def machine() -> list[str]:
    cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    model = next(
        (line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if "model name" in line),
        platform.processor() or "unknown",
    )
    meminfo = Path("/proc/meminfo").read_text(encoding="utf-8").split()
    ram_gib = int(meminfo[meminfo.index("MemTotal:") + 1]) / 1024**2
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return [
        f"- CPU: {model}, {os.cpu_count()} cores; RAM {ram_gib:.1f} GiB; load average {load}",
        f"- Python {platform.python_version()}, Streamlit {streamlit.__version__}",
        f"- Code: {_code_state()}",
    ]


def _code_state() -> str:
    """The commit measured, and the tracked files changed since (read-only git commands)."""
    git = ["git", "--no-optional-locks", "-C", str(ROOT)]
    try:
        head = subprocess.run(
            [*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
        changed = subprocess.run(
            [*git, "diff", "--name-only", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        return f"{ROOT} (not a git checkout)"
    return f"commit {head}" + (f", with changes to {', '.join(changed)}" if changed else "")
