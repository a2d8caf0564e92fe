"""Round 31 (triagerecall29): every tuning triage set (packaged bank and clinic banks) split in two by the question.

    python tools/triage_recall29_split.py dump OUT.json
    python tools/triage_recall29_split.py compare BEFORE.json AFTER.json [--show-dev] [--misses]

The half of a case is fixed before any miss is read and does not depend on its file: the first byte of
md5("triagerecall29:" + question), even for `dev` (misses read, rules chosen on it), odd for `check` (only ever
printed as totals). The salt makes a fresh split, so neither half is the one an earlier round chose on as a whole.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from triage_dev_split import _is_miss  # noqa: E402
from triage_split import _counts, dump  # noqa: E402


def half(question: str) -> str:
    digest = hashlib.md5(f"triagerecall29:{question}".encode(), usedforsecurity=False).digest()
    return "dev" if digest[0] % 2 == 0 else "check"


def compare(before: str, after: str, show_dev: bool, misses: bool) -> None:
    b = json.loads(Path(before).read_text())
    a = json.loads(Path(after).read_text())
    totals = {"dev": ([], []), "check": ([], [])}
    for label in sorted(a):
        pairs = list(zip(b.get(label, a[label]), a[label], strict=True))
        for name in ("dev", "check"):
            mine = [(rb, ra) for rb, ra in pairs if half(ra[0]) == name]
            totals[name][0].extend(rb for rb, _ in mine)
            totals[name][1].extend(ra for _, ra in mine)
            if name != "dev" or not mine:
                continue  # the check half is only ever printed as totals
            cb, ca = _counts([rb for rb, _ in mine]), _counts([ra for _, ra in mine])
            if cb != ca:
                print(f"dev   {label:24} {cb} -> {ca}")
            for rb, ra in mine:
                if show_dev and rb[2] != ra[2]:
                    print(f"      changed {rb[1]:9} {rb[2]} -> {ra[2]}: {ra[0][:160]}")
                if misses and _is_miss(ra) and ra[1] != "routine":
                    print(f"      miss {label[:14]:14} {ra[1]:9} -> {ra[2]:9}: {ra[0]}")
    for name, (rows_b, rows_a) in totals.items():
        print(f"{name:5} TOTAL {_counts(rows_b)} -> {_counts(rows_a)}")


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(sys.argv[2])
    else:
        compare(sys.argv[2], sys.argv[3], "--show-dev" in sys.argv, "--misses" in sys.argv)
