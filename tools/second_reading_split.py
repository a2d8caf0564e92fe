"""Try the second reading's gate (`understanding.second_reading.agreeing_lead`) on rows recorded by
`tools/leader_features.py record`: rules chosen on one half of the clinic banks (by name, A-M or N-Z), checked on the
other half, and the reverse (docs/how-it-decides.md, round 17).

    python tools/second_reading_split.py rows.jsonl features.jsonl   # add the second reading's leader to each row
    python tools/second_reading_split.py --search features.jsonl      # the grid, per half

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

from chatbot.bot import Bot  # noqa: E402
from chatbot.understanding import second_reading  # noqa: E402

sys.path.insert(0, str(ROOT / "tools"))
import leader_features  # noqa: E402

GRID = {
    "score": [40, 45, 50, 55],
    "coverage": [0.4, 0.5, 0.6],
    "margin": [0, 5, 10, 15],
    "ratio": [1.2, 1.4, 1.6, 2.0, 2.5],
    "shared": [1, 2, 3],
    "content": [1, 2, 3],
    "covered": [0.4, 0.5, 0.6],
    "left_other": [0, 1, 2, 99],
}

# Bars that loosen as they rise (words left over); every other bar loosens as it falls.
LOOSER_DOWN = ("left_other",)


def add_features(rows_path: Path, out: Path) -> None:
    bots: dict[str, Bot] = {}
    folders = leader_features.banks()
    with rows_path.open(encoding="utf-8") as rows, out.open("w", encoding="utf-8") as sink:
        for line in rows:
            row = json.loads(line)
            name = row["bank"]
            if name not in bots:
                bots[name] = Bot.load(folders[name][0])
            bot = bots[name]
            tokens = bot.analyzer.analyze(row["question"]).tokens
            row["second"] = second_reading.describe(bot.matcher, bot.analyzer, tokens)
            sink.write(json.dumps(row) + "\n")


def fires(row: dict, rule: dict) -> bool:
    whole = row["readings"].get("whole")
    if whole is None or not row["about_health"] or whole["asks_more"] or row.get("via") in ("late lead",):
        return False
    if not 0 < whole["phrasings"] <= 4:
        return False
    if rule.get("kind", False) and row["evidence"].get("kind_differs"):
        return False
    second = row["second"]
    return (
        whole["score"] >= rule["score"]
        and whole["coverage"] >= rule["coverage"]
        and whole["margin"] >= rule["margin"]
        and second["id"] == whole["id"]
        and second["ratio"] >= rule["ratio"]
        and second["shared"] >= rule.get("shared", 0)
        and second["content"] >= rule.get("content", 0)
        and second["covered"] >= rule.get("covered", 0.0)
        and whole["left_other"] <= rule.get("left_other", 99)
        and whole["left_health"] <= rule.get("left_health", 99)
        and whole["left_rare"] + whole["left_number"] <= rule.get("left_rare", 99)
    )


def tally(rows, rule) -> dict[str, int]:
    counts = {"right": 0, "wrong": 0, "offtopic": 0, "clinc": 0}
    for row in rows:
        if row["kind"] != "answer" and fires(row, rule):
            counts[row["label"]] += 1
    return counts


def search(path: Path) -> None:
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    loosest = {key: (max if key in LOOSER_DOWN else min)(values) for key, values in GRID.items()}
    rows = [row for row in rows if row["kind"] != "answer" and fires(row, loosest)]
    halves = {"A-M": [r for r in rows if r["bank"][0] <= "m"], "N-Z": [r for r in rows if r["bank"][0] > "m"]}
    for chosen, other in (("A-M", "N-Z"), ("N-Z", "A-M")):
        best, best_counts = None, None
        for values in itertools.product(*(sorted(v, reverse=k not in LOOSER_DOWN) for k, v in GRID.items())):
            rule = dict(zip(GRID, values, strict=True))
            counts = tally(halves[chosen], rule)
            if counts["wrong"] + counts["offtopic"] + counts["clinc"]:
                continue
            if best_counts is None or counts["right"] > best_counts["right"]:
                best, best_counts = rule, counts
        print(f"chosen on {chosen}: {best} {best_counts}; checked on {other}: {tally(halves[other], best)}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--search", action="store_true")
    args = parser.parse_args(argv)
    if args.search:
        search(args.paths[0])
    else:
        add_features(args.paths[0], args.paths[1])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
