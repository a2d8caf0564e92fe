"""Try the round 18 gates (`second_reading.named_lead`, `leader_evidence.named_trust`) on rows recorded by
`tools/leader_features.py record`: rules chosen on one half of the clinic banks (by name, A-M or N-Z), checked on the
other half, and the reverse (docs/how-it-decides.md, round 18).

    python tools/named_gate_split.py features rows.jsonl features.jsonl  # add the second reading and names_health
    python tools/named_gate_split.py lead features.jsonl                 # the named-lead grid, per half
    python tools/named_gate_split.py trust features.jsonl                # the named-trust grid, per half

A row's label: `right` (its leader is an expected entry), `wrong`, `offtopic` or `clinc` (a CLINC150 line).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import leader_features  # noqa: E402
import second_reading_split  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.understanding import second_reading  # noqa: E402
from chatbot.understanding.health_evidence import names_health  # noqa: E402

LEAD_GRID = {
    "score": [40, 45],
    "coverage": [0.3, 0.4],
    "margin": [5, 10, 15],
    "ratio": [1.4, 1.6, 2.0],
    "shared": [2, 3],
    "content": [1, 2],
    "covered": [0.3, 0.4],
    "left_other": [0, 1, 99],
    "named": [True, False],
}
LOOSER_UP = ("left_other",)
# The named lead's kept rule (`second_reading.NAMED_*`, round 18).
KEPT_LEAD = {"score": 40, "coverage": 0.4, "margin": 15, "ratio": 1.6, "shared": 3, "content": 1, "covered": 0.4,
             "left_other": 0, "named": True}  # fmt: skip
LABELS = ("right", "wrong", "offtopic", "clinc")


def add_features(rows_path: Path, out: Path) -> None:
    bots: dict[str, Bot] = {}
    folders = leader_features.banks()
    with rows_path.open(encoding="utf-8") as rows, out.open("w", encoding="utf-8") as sink:
        for line in rows:
            row = json.loads(line)
            bot = bots.get(row["bank"]) or bots.setdefault(row["bank"], Bot.load(folders[row["bank"]][0]))
            analysis = bot.analyzer.analyze(row["question"])
            row["second"] = second_reading.describe(bot.matcher, bot.analyzer, analysis.tokens)
            row["named"] = names_health(bot.analyzer, analysis.words, analysis.tokens)
            sink.write(json.dumps(row) + "\n")


def _halves(rows):
    return {"A-M": [r for r in rows if r["bank"][0] <= "m"], "N-Z": [r for r in rows if r["bank"][0] > "m"]}


def _tally(rows, holds, rule) -> dict[str, int]:
    counts = dict.fromkeys(LABELS, 0)
    for row in rows:
        if holds(row, rule):
            counts[row["label"]] += 1
    return counts


def _search(rows, holds, grid, looser_up) -> None:
    halves = _halves(rows)
    orders = [sorted(values, reverse=key not in looser_up) for key, values in grid.items()]
    for chosen, other in (("A-M", "N-Z"), ("N-Z", "A-M")):
        best, best_counts = None, None
        for values in itertools.product(*orders):
            rule = dict(zip(grid, values, strict=True))
            counts = _tally(halves[chosen], holds, rule)
            if counts["wrong"] or counts["offtopic"] or counts["clinc"]:
                continue
            if best_counts is None or counts["right"] > best_counts["right"]:
                best, best_counts = rule, counts
        print(f"chosen on {chosen}: {best} {best_counts}; checked on {other}: {_tally(halves[other], holds, best)}")


def lead_holds(row: dict, rule: dict) -> bool:
    if rule["named"] and not row["named"]:
        return False
    whole = row["readings"].get("whole") or {}
    if whole.get("left_number"):
        return False
    return second_reading_split.fires(row, rule)


def trust_holds(row: dict, rule: dict) -> bool:
    if not row["named"] or row.get("late_lead"):
        return False
    return leader_features.evidence_holds(row, **rule)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("features", "lead", "trust"))
    parser.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if args.command == "features":
        add_features(args.paths[0], args.paths[1])
        return 0
    rows = [json.loads(line) for line in args.paths[0].open(encoding="utf-8")]
    rows = [r for r in rows if r["kind"] != "answer" and r["about_health"] and r["readings"].get("whole")]
    if args.command == "lead":
        _search(rows, lead_holds, LEAD_GRID, LOOSER_UP)
    else:
        # The named lead runs first: what its kept rule answers never reaches these bars.
        rows = [r for r in rows if r.get("evidence") and not lead_holds(r, KEPT_LEAD)]
        grid = dict(leader_features.EVIDENCE_GRID, guards=[False])
        _search(rows, trust_holds, grid, ("left_other", "unsaid"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
