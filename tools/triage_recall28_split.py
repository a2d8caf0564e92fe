"""Round 30 (triagerecall28): the packaged bank's triage tuning sets split in two, fixed before any miss was read.

    python tools/triage_recall28_split.py dump OUT.json        # the same dump as tools/triage_dev_split.py
    python tools/triage_recall28_split.py compare BEFORE.json AFTER.json [--show-dev] [--misses]

Round 29's dev half (`tools/triage_dev_split.py`) had few misses left after that round's fixes, so this round draws a
fresh half from the cases nobody chose on before: half `dev` (chosen on) is round 29's dev half and every case of round
29's check half (the odd dev files, `triage-dev24`'s odd lines, the retired parts, `triage-part21` now among them)
whose question hashes even; half `check` (only measured, printed as totals) is the rest of round 29's check half. The
hash (md5 of the question text) does not depend on the file, so a case keeps its half whatever file it moves to.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from triage_dev_split import _is_miss, dump, half_of  # noqa: E402
from triage_split import _counts  # noqa: E402


def half(label: str, question: str) -> str:
    if half_of(label) == "dev":
        return "dev"
    return "dev" if hashlib.md5(question.encode("utf-8"), usedforsecurity=False).digest()[0] % 2 == 0 else "check"


def compare(before: str, after: str, show_dev: bool, misses: bool) -> None:
    b = json.loads(Path(before).read_text())
    a = json.loads(Path(after).read_text())
    totals = {"dev": ([], []), "check": ([], [])}
    for label in sorted(a):
        rows_b, rows_a = b.get(label, []), a[label]
        for name in ("dev", "check"):
            pairs = [(rb, ra) for rb, ra in zip(rows_b, rows_a, strict=True) if half(label, ra[0]) == name]
            if not pairs:
                continue
            cb, ca = _counts([rb for rb, _ in pairs]), _counts([ra for _, ra in pairs])
            totals[name][0].extend(rb for rb, _ in pairs)
            totals[name][1].extend(ra for _, ra in pairs)
            if name != "dev":
                continue  # the check half is only ever printed as totals
            print(f"dev   {label:20} {cb} -> {ca}" if cb != ca else f"dev   {label:20} {ca}")
            for rb, ra in pairs:
                if show_dev and rb[2] != ra[2]:
                    print(f"      changed {rb[1]:9} {rb[2]} -> {ra[2]}: {ra[0][:160]}")
                if misses and _is_miss(ra):
                    print(f"      miss {ra[1]:9} -> {ra[2]:9}: {ra[0]}")
    for name, (rows_b, rows_a) in totals.items():
        print(f"{name:5} TOTAL {_counts(rows_b)} -> {_counts(rows_a)}")


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(sys.argv[2])
    else:
        compare(sys.argv[2], sys.argv[3], "--show-dev" in sys.argv, "--misses" in sys.argv)
