"""Count the misses of the HO tuning sets by cause, from the rows of `tools/ho_wrong_answers.py`, for each half of the
split (eval.yaml and the even HO parts against the odd ones): docs/how-it-decides.md, round 22, horeading24.

    python tools/ho_wrong_answers.py rows.jsonl eval ho-questions ho-questions-part2 ... ho-questions-part16
    python tools/ho_miss_causes.py rows.jsonl

Each miss is counted once, under the first cause that fits: a false emergency; an off-topic question answered (by
the story path or read whole); a wrong entry (by the story path, noting when the whole message's leader was right;
in a conversation; or read whole, a close entry taking the asked detail); an urgent reply to an in-scope question;
a choice (with or without the right entry offered); a fallback (in a conversation, or by where the right entry
stands among the whole message's leaders and the leader's score).
"""

from __future__ import annotations

import argparse
import collections
import json

EVEN = {"eval"} | {f"ho-questions-part{i}" for i in range(2, 19, 2)}
LEADER_BAR = 40


def cause(row: dict) -> str:
    whole, expected = row["whole"], set(row["expect"])
    lead = whole[0] if whole else None
    leads_right = lead is not None and lead[0] in expected
    if row["label"] == "falseE":
        return "false emergency"
    if row["label"] == "offtopic":
        return f"off-topic answered ({'story' if row['via'] == 'story' else 'read whole'})"
    if row["label"] == "wrong":
        if row["via"] == "story":
            return "wrong: story path chose another entry" + (" (whole message leads right)" if leads_right else "")
        if row["before"]:
            return "wrong: conversation turn"
        return "wrong: close entry took the asked detail"
    if row["kind"] in ("urgent", "smalltalk"):
        return f"{row['kind']} reply on an in-scope question"
    if row["kind"] == "clarify":
        return "choice offered" + (" (right entry offered)" if expected & set(row["sugg"]) else " (right not offered)")
    if row["before"]:
        return "fallback: conversation turn"
    if leads_right:
        band = "at or above" if lead[1] >= LEADER_BAR else "under"
        return f"fallback: right entry leads the whole message {band} {LEADER_BAR}"
    if len(whole) > 1 and whole[1][0] in expected:
        return "fallback: right entry second"
    return "fallback: another entry leads"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows")
    args = parser.parse_args(argv)
    with open(args.rows, encoding="utf-8") as rows_file:
        rows = [json.loads(line) for line in rows_file]
    for half, in_half in (("even (eval.yaml, parts 2-18 even)", True), ("odd (parts 1-17 odd)", False)):
        counts = collections.Counter(
            cause(r) for r in rows if (r["set"] in EVEN) == in_half and r["label"] not in ("right", "ok")
        )
        print(f"{half}: {sum(counts.values())}")
        for name, count in counts.most_common():
            print(f"  {count:4} {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
