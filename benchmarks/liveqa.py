"""Real consumer messages against the big MedQuAD bank: the TREC LiveQA 2017 medical test set.

    python benchmarks/liveqa.py MEDQUAD_DIR [--questions XML] [--bank DIR] [--json FILE]

The 104 test questions of the TREC 2017 LiveQA medical task are messages people
sent to the U.S. National Library of Medicine: a subject line and a message, as
typed. MedQuAD's authors judged, for 103 of them, answers their systems found in
MedQuAD (`QA-TestSet-LiveQA-Med-Qrels-2479-Answers.zip` in a MedQuAD checkout):
each line of its qrels file is "question judgement answer", with the judgements
of the LiveQA track (1 Incorrect, 2 Related, 3 Incomplete, 4 Excellent) and the
answer named "GHR_0000804_Sec4.txt" (source, document id, the pair's place in
the document: see medquad_bank.answer_id). The questions' text is not in that
zip: it is `TestDataset/TREC-2017-LiveQA-Medical-Test.xml` in
https://github.com/abachaa/LiveQA_MedicalTask_TREC2017 (looked for in
MEDQUAD_DIR and beside it unless --questions names it). Both are CC BY 4.0 and
never enter this repository.

The bank is the one `medquad_bank.py` builds (made in a scratch folder, or in
--bank DIR and reused from there next time). Each judged question is asked in a
fresh session, its subject and message joined by a line break, as one text, and
the reply sorted into one outcome: an answer (right when the chosen entry's
MedQuAD answer, or one it stands in for, was judged 2 or more), a fallback, a
clarifying question, a refusal to give personal advice, small talk, an
emergency or an urgent reply. Emergency and urgent replies are listed whole so
a reader can judge them. A message the engine fails on (an exception, or no
reply within --timeout seconds) is counted and shown; a message it had to
shorten is counted too.

This is a measuring set: nothing in the engine is tuned to it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import statistics
import sys
import tempfile
import time
import traceback
import xml.etree.ElementTree as ElementTree
import zipfile
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from medquad_bank import ORIGINS_FILE, build_entries, write_bank  # noqa: E402

from chatbot import Bot  # noqa: E402
from chatbot.understanding.text import clean_message  # noqa: E402

QRELS_ZIP = "QA-TestSet-LiveQA-Med-Qrels-2479-Answers.zip"
QUESTIONS_FILE = "TREC-2017-LiveQA-Medical-Test.xml"
LEVELS = {1: "Incorrect", 2: "Related", 3: "Incomplete", 4: "Excellent"}
RELEVANT = 2  # the LiveQA track's lowest judgement that is not "Incorrect"
# The order outcomes are reported in; "right", "twin" and "wrong" split the answers: right when the entry's own
# MedQuAD answer was judged relevant; twin when only a pair it stands in for was (the same question from another
# page, or another section of the same page under the same question: its text is not the text the judges read).
OUTCOMES = (
    "right", "twin", "wrong", "fallback", "clarify", "advice refused", "smalltalk", "emergency", "urgent", "failed"
)  # fmt: skip
_QRELS_LINE = re.compile(r"^\s*(\d+)\s+(\d)(?:-[A-Za-z]+)?\s+(\S+)\s*$")


class Question(NamedTuple):
    number: int  # "TQ12" -> 12, as the qrels file numbers it
    subject: str
    message: str

    @property
    def text(self) -> str:
        """What the person typed: the subject line, then the message (the engine reads a line break as a space)."""
        return "\n".join(part for part in (self.subject.strip(), self.message.strip()) if part)


class Outcome(NamedTuple):
    question: Question
    outcome: str
    seconds: float
    reply_kind: str = ""
    reply_id: str | None = None
    reply_text: str = ""
    level: int | None = None  # the judgement of the chosen entry's answer, when it was judged
    via: str = ""  # "own" (the entry's own MedQuAD answer was judged) or "stands in" (a left-out twin was)
    rule: str | None = None  # the triage rule behind an emergency or urgent reply
    shortened: bool = False


def parse_qrels(text: str) -> dict[int, dict[str, int]]:
    """{question number: {answer id: judgement}} from a qrels file: "1 2-Related GHR_0000804_Sec4.txt" a line.

    A blank line is skipped; any other line that does not read so is an error (a wrong file must not
    quietly score nothing). An answer judged twice keeps its best judgement.
    """
    judged: dict[int, dict[str, int]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _QRELS_LINE.match(line)
        if match is None or int(match.group(2)) not in LEVELS:
            raise ValueError(f"qrels line {number} is not 'question judgement answer': {line!r}")
        question, level, answer = int(match.group(1)), int(match.group(2)), match.group(3)
        answers = judged.setdefault(question, {})
        answers[answer] = max(level, answers.get(answer, 0))
    return judged


def read_qrels(medquad: Path) -> dict[int, dict[str, int]]:
    """The judged answers, from the zip in a MedQuAD checkout."""
    with zipfile.ZipFile(medquad / QRELS_ZIP) as archive:
        names = [n for n in archive.namelist() if n.endswith(".txt") and "qrels" in n and "__MACOSX" not in n]
        if len(names) != 1:
            raise ValueError(f"{QRELS_ZIP}: expected one qrels .txt file, found {names}")
        return parse_qrels(archive.read(names[0]).decode("utf-8"))


def parse_questions(xml_text: str) -> list[Question]:
    """The original questions (subject and message) of the LiveQA medical test file, in its order."""
    root = ElementTree.fromstring(xml_text)
    questions = []
    for item in root.iter("NLM-QUESTION"):
        qid = item.get("qid") or ""
        if not re.fullmatch(r"TQ\d+", qid):
            raise ValueError(f"unexpected question id {qid!r}")
        original = item.find("Original-Question")
        if original is None:
            raise ValueError(f"{qid} has no Original-Question")
        subject = " ".join((original.findtext("SUBJECT") or "").split())
        message = (original.findtext("MESSAGE") or "").strip()
        questions.append(Question(int(qid[2:]), subject, message))
    return questions


def find_questions_file(medquad: Path) -> Path | None:
    for folder in (medquad, medquad.parent, medquad.parent / "LiveQA_MedicalTask_TREC2017"):
        for candidate in (folder / QUESTIONS_FILE, folder / "TestDataset" / QUESTIONS_FILE):
            if candidate.is_file():
                return candidate
    return None


def judgement(entry_id: str | None, origins: dict, judged: dict[str, int]) -> tuple[int | None, str]:
    """How the chosen entry's answer was judged for this question, and whether by its own MedQuAD id.

    An entry is made from one MedQuAD answer ("answer"); it also stands in for the pairs the bank left
    out as the same question ("stands_for"). Its own judgement counts first; failing that, the best
    judgement of a pair it stands in for. (None, "") when none of them was judged.
    """
    origin = origins.get(entry_id or "")
    if origin is None:
        return None, ""
    if origin["answer"] in judged:
        return judged[origin["answer"]], "own"
    twins = [judged[twin] for twin in origin["stands_for"] if twin in judged]
    return (max(twins), "stands in") if twins else (None, "")


def reachable(origins: dict, judged: dict[str, int], at_least: int) -> bool:
    """Whether the bank holds an entry whose answer (or a twin) was judged at least `at_least` for a question."""
    wanted = {answer for answer, level in judged.items() if level >= at_least}
    return any(o["answer"] in wanted or wanted.intersection(o["stands_for"]) for o in origins.values())


class _Timeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise _Timeout


def ask(bot: Bot, question: Question, origins: dict, judged: dict[str, int], timeout: float) -> Outcome:
    """One message in a fresh session, sorted into its outcome."""
    messages = bot.bank.messages
    text = question.text
    previous = signal.signal(signal.SIGALRM, _on_alarm) if timeout else None
    started = time.perf_counter()
    try:
        if timeout:
            signal.setitimer(signal.ITIMER_REAL, timeout)
        reply = bot.session().ask(text)
    except _Timeout:
        return Outcome(question, "failed", time.perf_counter() - started, reply_text=f"no reply in {timeout} s")
    except Exception:  # noqa: BLE001 - a crash is a finding to report, not a reason to stop the run
        return Outcome(question, "failed", time.perf_counter() - started, reply_text=traceback.format_exc())
    finally:
        if timeout:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    seconds = time.perf_counter() - started
    too_long = messages["too_long"].split("{limit}")[0].strip()
    shortened = bool(too_long) and reply.text.startswith(too_long)
    base = {"reply_kind": reply.kind, "reply_id": reply.id, "reply_text": reply.text, "shortened": shortened}
    if reply.kind in ("emergency", "urgent"):
        rule = bot.triage.assess(clean_message(text)[0]).rule
        return Outcome(question, reply.kind, seconds, rule=rule, **base)
    if reply.kind == "answer":
        level, via = judgement(reply.id, origins, judged)
        outcome = "wrong" if level is None or level < RELEVANT else "right" if via == "own" else "twin"
        return Outcome(question, outcome, seconds, level=level, via=via, **base)
    if reply.kind == "fallback" and messages["personal_advice"].strip()[:60] in reply.text:
        return Outcome(question, "advice refused", seconds, **base)
    return Outcome(question, reply.kind, seconds, **base)


def load_bank(medquad: Path, folder: Path | None, scratch: Path) -> tuple[Bot, dict]:
    """The MedQuAD bank and its entries' MedQuAD ids: reused from `folder` when it has both, else built."""
    target = folder or scratch / "medquad-bank"
    if folder is None:  # a bank made for this run only: its compiled copy goes with it
        os.environ["XDG_CACHE_HOME"] = str(scratch / "cache")
    if not ((target / "entries.yaml").is_file() and (target / ORIGINS_FILE).is_file()):
        print(f"building the MedQuAD bank in {target} ...", file=sys.stderr)
        write_bank(build_entries(medquad), target, with_topic_words=True)
    origins = json.loads((target / ORIGINS_FILE).read_text(encoding="utf-8"))
    return Bot.load(target), origins


def _ms(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] * 1000


def summary(outcomes: list[Outcome], questions_judged: dict[int, dict[str, int]], origins: dict) -> dict:
    counts = {name: sum(o.outcome == name for o in outcomes) for name in OUTCOMES}
    answered = [o for o in outcomes if o.reply_kind == "answer"]
    times = [o.seconds for o in outcomes]
    longest = max(outcomes, key=lambda o: len(o.question.text))
    return {
        "messages": len(outcomes),
        "outcomes": counts,
        "answered": len(answered),
        "answers_by_level": {
            LEVELS[level]: sum(o.level == level and o.via == "own" for o in answered)
            for level in sorted(LEVELS, reverse=True)
        }
        | {"only a twin judged": sum(o.via == "stands in" for o in answered)}
        | {"not judged": sum(o.level is None for o in answered)},
        "reachable": {
            f"{level}+": sum(reachable(origins, questions_judged[o.question.number], level) for o in outcomes)
            for level in (2, 3, 4)
        },
        "shortened": sum(o.shortened for o in outcomes),
        "median_ms": statistics.median(times) * 1000,
        "p99_ms": _ms(times, 0.99),
        "max_ms": max(times) * 1000,
        "longest": {
            "question": longest.question.number,
            "chars": len(longest.question.text),
            "words": len(longest.question.text.split()),
            "ms": longest.seconds * 1000,
            "outcome": longest.outcome,
        },
    }


def report(outcomes: list[Outcome], figures: dict) -> str:
    lines = [f"{figures['messages']} real consumer messages (TREC LiveQA 2017 medical test, judged in MedQuAD)", ""]
    total = figures["messages"]
    for name in OUTCOMES:
        lines.append(f"  {name:<15}{figures['outcomes'][name]:>4}  {100 * figures['outcomes'][name] / total:5.1f}%")
    levels = ", ".join(f"{name} {count}" for name, count in figures["answers_by_level"].items())
    lines += [
        "",
        f"answered {figures['answered']}: the chosen entry's own MedQuAD answer judged {levels}",
        "questions whose judged answers at that level are in the bank at all: "
        + ", ".join(f"{k} {v}" for k, v in figures["reachable"].items()),
        f"shortened by the engine: {figures['shortened']}",
        f"time a message: median {figures['median_ms']:.2f} ms, p99 {figures['p99_ms']:.2f} ms,"
        f" slowest {figures['max_ms']:.2f} ms",
        "longest message: TQ{question}, {chars} characters, {words} words, {ms:.2f} ms, {outcome}".format(
            **figures["longest"]
        ),
    ]
    for title, kinds in (("Emergency and urgent replies", ("emergency", "urgent")), ("Failures", ("failed",))):
        shown = [o for o in outcomes if o.outcome in kinds]
        if not shown:
            continue
        lines += ["", f"{title} ({len(shown)}):"]
        for o in shown:
            lines.append(f"- TQ{o.question.number} {o.outcome}" + (f" (rule {o.rule})" if o.rule else ""))
            lines.append("  message: " + " / ".join(o.question.text.splitlines()))
            lines.append("  reply:   " + " / ".join(line for line in o.reply_text.splitlines() if line.strip()))
    answers = [o for o in outcomes if o.reply_kind == "answer"]
    if answers:
        lines += ["", "Answers:"]
        for o in answers:
            level = "not judged"
            if o.level is not None:
                level = f"judged {o.level} {LEVELS[o.level]}" + (" through a twin" if o.via == "stands in" else "")
            lines.append(f"- TQ{o.question.number} {o.outcome}: {o.reply_id} ({level})")
            lines.append("  message: " + " / ".join(o.question.text.splitlines())[:300])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("medquad", type=Path, help="a MedQuAD checkout (its folders and the qrels zip)")
    parser.add_argument("--questions", type=Path, help=f"the LiveQA test questions ({QUESTIONS_FILE})")
    parser.add_argument("--bank", type=Path, help="build the bank here, or reuse the one built here before")
    parser.add_argument("--json", type=Path, help="write the figures and every outcome as JSON here")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds before a message counts as hung")
    args = parser.parse_args(argv)
    questions_file = args.questions or find_questions_file(args.medquad)
    if not args.medquad.is_dir() or questions_file is None or not (args.medquad / QRELS_ZIP).is_file():
        print(
            f"Error: need a MedQuAD checkout with {QRELS_ZIP} and the LiveQA test questions ({QUESTIONS_FILE}, "
            "from https://github.com/abachaa/LiveQA_MedicalTask_TREC2017, given with --questions)",
            file=sys.stderr,
        )
        return 2
    judged = read_qrels(args.medquad)
    questions = [q for q in parse_questions(questions_file.read_text(encoding="utf-8")) if q.number in judged]
    with tempfile.TemporaryDirectory() as scratch:
        bot, origins = load_bank(args.medquad, args.bank, Path(scratch))
        bot.ask("warm up")  # first-use costs (compiled patterns) are not a message's time
        outcomes = [ask(bot, q, origins, judged[q.number], args.timeout) for q in questions]
    figures = summary(outcomes, judged, origins)
    print(report(outcomes, figures))
    if args.json:
        rows = [o._replace(question=o.question._asdict())._asdict() for o in outcomes]
        args.json.write_text(json.dumps({"figures": figures, "outcomes": rows}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
