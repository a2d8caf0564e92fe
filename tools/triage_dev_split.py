"""A split of the packaged bank's triage tuning sets into a half to choose on and a half only measured, and each
half's misses (rounds 27 and 28 of the triage table).

    python tools/triage_dev_split.py dump OUT.json [--by-line triage-devN]
    python tools/triage_dev_split.py compare BEFORE.json AFTER.json [--show-dev] [--misses]

Only the sets the triage-dev owner works on: `triage-dev*` and the retired `triage-part*` (the clinic triage sets
are another split: `tools/triage_split.py`). Half `dev` (chosen on): the even-numbered dev files (`triage-dev2`,
`dev12`, `dev14`, ...) and the cases of the newest dev file (or `--by-line`'s) on even line numbers. Half `check`
(only measured): the odd-numbered dev files (`triage-dev`, `dev13`, ...), that file's cases on odd line numbers and
the retired parts. Round 27 split `triage-dev22` by line (`--by-line triage-dev22`), round 28 `triage-dev23`.
`--show-dev` prints the cases that moved on the dev half; `--misses` lists the dev half's misses after the change (the
check half is only ever printed as totals).
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
from triage_split import _counts  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.quality.evaluation import evaluate  # noqa: E402


def _owned_sets():
    return [(label, path) for group, label, bank, path in _sets()
            if group == "tuning" and bank is None and re.fullmatch(r"triage-(dev|part)\d*", label)]


def _case_lines(path: Path) -> list[int]:
    """The line number of each case, in order (one case a line)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [number for number, line in enumerate(lines, 1) if line.lstrip().startswith("- {q:")]


def _newest_dev(labels: list[str]) -> str:
    """The dev file with the highest number: each round's new one is split by line, so both halves see it."""
    return max((label for label in labels if re.fullmatch(r"triage-dev\d+", label)), key=lambda label: int(label[10:]))


def dump(out: str, by_line: str | None = None) -> None:
    bot = Bot.load()
    result = {}
    owned = _owned_sets()
    split_by_line = by_line or _newest_dev([label for label, _ in owned])
    for label, path in owned:
        rows = [[o.case.question, o.case.tier, o.tier] for o in evaluate(bot, path).triage]
        if label == split_by_line:
            lines = _case_lines(path)
            result[f"{label} even"] = [row for row, n in zip(rows, lines, strict=True) if n % 2 == 0]
            result[f"{label} odd"] = [row for row, n in zip(rows, lines, strict=True) if n % 2]
        else:
            result[label] = rows
        print(label, len(rows), flush=True)
    Path(out).write_text(json.dumps(result, indent=0))


def half_of(label: str) -> str:
    if label.endswith(" even"):
        return "dev"
    if label.endswith(" odd") or label.startswith("triage-part"):
        return "check"
    number = re.search(r"(\d+)$", label)
    n = int(number.group(1)) if number else 1  # triage-dev is the first dev file
    return "dev" if n % 2 == 0 else "check"


def _is_miss(row) -> bool:
    expected, given = row[1], row[2]
    if expected == "emergency":
        return given != "emergency"
    if expected == "urgent":
        return given == "routine"
    return given != "routine"


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
        print(f"{half:5} {label:20} {cb} -> {ca}" if cb != ca else f"{half:5} {label:20} {ca}")
        if half != "dev":
            continue
        if show_dev:
            for rb, ra in zip(rows_b, rows_a, strict=True):
                if rb[2] != ra[2]:
                    print(f"      changed {rb[1]:9} {rb[2]} -> {ra[2]}: {ra[0][:150]}")
        if misses:
            for row in rows_a:
                if _is_miss(row):
                    print(f"      miss {row[1]:9} -> {row[2]:9}: {row[0]}")
    for half, (rows_b, rows_a) in halves.items():
        print(f"{half:5} TOTAL {_counts(rows_b)} -> {_counts(rows_a)}")


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(sys.argv[2], sys.argv[sys.argv.index("--by-line") + 1] if "--by-line" in sys.argv else None)
    else:
        compare(sys.argv[2], sys.argv[3], "--show-dev" in sys.argv, "--misses" in sys.argv)
