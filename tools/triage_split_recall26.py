"""The triage tuning sets split as round 26 (recall) chose: develop on one half, only measure the other.

    python tools/triage_split_recall26.py compare BEFORE.json AFTER.json [--show-dev] [--misses]

BEFORE/AFTER come from `tools/triage_split.py dump`. Half `dev`: `tuning/triage-dev13`, 15, 17, 19 and the first half,
alphabetically, of the clinic triage files under tests/data/tuning/. Half `check`: every other triage tuning set
(the even dev files and `triage-dev20`, `triage-dev` and `triage-dev2`, the retired parts and retired clinic sets, the
second half of the tuning clinic files). `--show-dev` prints the dev half's changed cases and `--misses` its urgent
cases scored routine and missed emergencies; the check half is only ever printed as totals.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from triage_split import _counts as _tier_counts  # noqa: E402

TUNING_CLINICS = sorted(path.name[: -len("-triage.yaml")] for path in (ROOT / "tests/data/tuning").glob("*-triage.yaml")
                        if (ROOT / "tests/data/tuning" / path.name.replace("-triage.yaml", "-bank")).is_dir())
DEV_CLINICS = set(TUNING_CLINICS[: len(TUNING_CLINICS) // 2])
DEV_FILES = {"triage-dev13", "triage-dev15", "triage-dev17", "triage-dev19"}


def _counts(rows) -> dict:
    """The split tool's counts, and urgent cases scored emergency (over-triage, no false alarm, but a change)."""
    return {**_tier_counts(rows), "U->E": sum(r[1] == "urgent" and r[2] == "emergency" for r in rows)}


def half_of(label: str) -> str:
    if label.endswith(" triage"):
        return "dev" if label[: -len(" triage")] in DEV_CLINICS else "check"
    name = re.sub(r"^.*/", "", label)
    return "dev" if name in DEV_FILES else "check"


def compare(before: str, after: str, show_dev: bool, misses: bool) -> None:
    b = json.loads(Path(before).read_text())
    a = json.loads(Path(after).read_text())
    halves = {"dev": ([], []), "check": ([], [])}
    for label in sorted(a):
        half = half_of(label)
        rows_b, rows_a = b.get(label, []), a[label]
        halves[half][0].extend(rows_b)
        halves[half][1].extend(rows_a)
        cb, ca = _counts(rows_b), _counts(rows_a)
        if cb != ca and half == "dev":
            print(f"{half:5} {label:28} {cb} -> {ca}")
        if half != "dev":
            continue
        for rb, ra in zip(rows_b, rows_a, strict=True):
            if show_dev and rb[2] != ra[2]:
                print(f"      changed {rb[1]:9} {rb[2]} -> {ra[2]}: {ra[0][:200]}")
            missed = (ra[1] == "urgent" and ra[2] == "routine") or (ra[1] == "emergency" and ra[2] != "emergency")
            if misses and missed:
                print(f"      miss [{label}] {ra[1]} -> {ra[2]}: {ra[0]}")
    for half, (rows_b, rows_a) in halves.items():
        print(f"{half:5} TOTAL {_counts(rows_b)} -> {_counts(rows_a)}")


if __name__ == "__main__":
    compare(sys.argv[2], sys.argv[3], "--show-dev" in sys.argv, "--misses" in sys.argv)
