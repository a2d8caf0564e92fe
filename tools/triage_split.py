"""Per-case triage tiers on the triage tuning sets, split in two halves for a transfer check (round 25 reader).

    python tools/triage_split.py dump OUT.json         # every tuning triage case's tier given, per set
    python tools/triage_split.py dump OUT.json --general   # only the sets of the packaged bank (quicker)
    python tools/triage_split.py compare BEFORE.json AFTER.json [--show-dev]
    python tools/triage_split.py compare BEFORE.json AFTER.json --round26 [--show-dev]

`--round26` (round 26 at-risk) splits as that round's brief asks: half `dev` is the older triage-dev files and the
cases of `triage-dev21` on even line numbers; half `check` is `triage-dev21`'s cases on odd line numbers, the retired
parts and the clinic triage sets.

Half `dev` (developed on: odd-numbered dev and part files, every other clinic triage set in sorted order) and half
`check` (only measured: even-numbered files, `triage-part16`, the bunion triage set, the other clinic sets and any
later dev file such as `triage-dev20`). `--show-dev` prints the development half's misses; the check half is only
ever printed as totals.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from measure import _sets  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.quality.evaluation import evaluate  # noqa: E402


def _triage_sets():
    return [(label, bank, path) for group, label, bank, path in _sets()
            if group == "tuning" and ("triage" in label)]


def half_of(label: str, clinic_order: list[str]) -> str:
    if label in clinic_order:
        if label.startswith("bunion"):
            return "check"
        return "dev" if clinic_order.index(label) % 2 == 0 else "check"
    number = re.search(r"(\d+)$", label)
    n = int(number.group(1)) if number else 1  # triage-dev is the first dev file
    if label in ("triage-part16",) or n >= 20:
        return "check"
    return "dev" if n % 2 else "check"


def half_round26(label: str) -> str:
    return "dev" if label.startswith("triage-dev") else "check"


def _dev21_lines() -> list[int]:
    """The line number of each case of triage-dev21, in order (one case a line)."""
    path = ROOT / "tests" / "data" / "tuning" / "triage-dev21.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [number for number, line in enumerate(lines, 1) if line.startswith("  - {q:")]


def _split_dev21(rows_by_label: dict) -> dict:
    """triage-dev21 as two labels: its even-line cases (dev) and its odd-line cases (check)."""
    rows = rows_by_label.pop("triage-dev21", None)
    if rows is None:
        return rows_by_label
    lines = _dev21_lines()
    rows_by_label["triage-dev21 even"] = [row for row, n in zip(rows, lines, strict=True) if n % 2 == 0]
    rows_by_label["dev21 odd"] = [row for row, n in zip(rows, lines, strict=True) if n % 2]
    return rows_by_label


def dump(out: str, general_only: bool = False) -> None:
    bots = {}
    result = {}
    for label, bank, path in _triage_sets():
        if general_only and bank is not None:
            continue
        if bank not in bots:
            bots[bank] = Bot.load(bank) if bank else Bot.load()
        report = evaluate(bots[bank], path)
        result[label] = [[o.case.question, o.case.tier, o.tier] for o in report.triage]
        print(label, len(result[label]), flush=True)
    Path(out).write_text(json.dumps(result, indent=0))


def _counts(rows):
    e = [r for r in rows if r[1] == "emergency"]
    u = [r for r in rows if r[1] == "urgent"]
    r_ = [r for r in rows if r[1] == "routine"]
    return {
        "E": f"{sum(x[2] == 'emergency' for x in e)}/{len(e)}",
        "U": f"{sum(x[2] == 'urgent' for x in u)}/{len(u)}",
        "U->R": sum(x[2] == "routine" for x in u),
        "E missed": sum(x[2] != "emergency" for x in e),
        "falseE": sum(x[2] == "emergency" for x in r_),
        "falseU": sum(x[2] == "urgent" for x in r_),
        "routine": len(r_),
    }


def compare(before: str, after: str, show_dev: bool, round26: bool = False) -> None:
    b = json.loads(Path(before).read_text())
    a = json.loads(Path(after).read_text())
    if round26:
        b, a = _split_dev21(b), _split_dev21(a)
    clinic = sorted(label for label in a if label.endswith(" triage"))
    halves = {"dev": ([], []), "check": ([], [])}
    for label in sorted(a):
        half = half_round26(label) if round26 else half_of(label, clinic)
        rows_b, rows_a = b.get(label, []), a[label]
        halves[half][0].extend(rows_b)
        halves[half][1].extend(rows_a)
        cb, ca = _counts(rows_b), _counts(rows_a)
        if cb != ca:
            print(f"{half:5} {label:28} {cb} -> {ca}")
        if show_dev and half == "dev":
            for rb, ra in zip(rows_b, rows_a, strict=True):
                if rb[2] != ra[2]:
                    print(f"      changed {rb[1]:9} {rb[2]} -> {ra[2]}: {ra[0][:150]}")
    for half, (rows_b, rows_a) in halves.items():
        print(f"{half:5} TOTAL {_counts(rows_b)} -> {_counts(rows_a)}")


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(sys.argv[2], "--general" in sys.argv)
    else:
        compare(sys.argv[2], sys.argv[3], "--show-dev" in sys.argv, "--round26" in sys.argv)
