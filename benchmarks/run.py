"""Benchmark the chatbot the way its users feel it, against a plain difflib baseline.

Run from the repository (with the package installed):

    python benchmarks/run.py            # the table
    python benchmarks/run.py --json F   # the table, and the figures as JSON in F
    python benchmarks/run.py --quick    # fewer repetitions, for a smoke test

It reports, each as median and 99th percentile: time per question in-process
on the packaged bank and on generated banks of 1,000, 10,000 and 50,000
entries (6 alternates each, written in the bank format); `chatbot ask` as a
whole process next to `python -c "import yaml, rapidfuzz"`; `serve --stdio`
throughput; peak memory; bank load time. The difflib baseline is what a
developer would write first: the best SequenceMatcher ratio over every
question and alternate. Ratios (baseline / ours) survive a noisy machine.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from chatbot import Bot
from chatbot.bank.loader import load_bank

SIZES = (1_000, 10_000, 50_000)
ALTERNATES = 6
PACKAGED_QUESTIONS = [
    # in scope, as patients type them
    "what is heterotopic ossification",
    "can a hip replacement cause extra bone",
    "what are the symptoms of FOP",
    "does physio help with HO",
    "what does brooker grade 3 mean",
    "how is HO treated",
    "can warfarin prevent HO",
    "is the fever worse at night",
    # typos
    "hetrotopic ossfication symtoms",
    "brooker clasification",
    "what is the tretment for extra bone",
    # off-topic, personal advice, emergencies, small talk
    "what is lupus?",
    "how long does a knee brace last?",
    "what's the weather like tomorrow",
    "should I take ibuprofen for my hip",
    "I can't breathe",
    "hello",
    "a" * 400,
]

# Whole messages of about 60 words: a story around the question (issue 9 asks for < 2 ms each).
STORIES = [
    "My mother is 74 and she had her left hip replaced in March at the county hospital. Since then she has been "
    "doing her exercises every morning but the joint feels stiff and there is a hard lump near the scar that she "
    "noticed last week. The surgeon mentioned extra bone on the last x-ray. How is heterotopic ossification treated?",
    "Hello, sorry for the long message. My son is sixteen and broke his thigh bone playing rugby in the autumn, "
    "and he spent two weeks in hospital. The physio says his knee is not bending the way it should and his "
    "doctor wants a scan next month. Can an injury like that cause extra bone to grow, and how would they find it?",
    "We were told last year that our little girl has FOP. She is five now and loves drawing and singing, and her "
    "grandparents help us a lot. We read a few things online and got scared. What are the symptoms of FOP as "
    "children grow up, and is it something that runs in families? Thank you for any help you can give us.",
]

SYLLABLES = [c + v for c in "bcdfghjklmnprstvz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def summary(values: list[float]) -> dict[str, float]:
    """Median and 99th percentile, in milliseconds."""
    return {"median_ms": statistics.median(values) * 1000, "p99_ms": percentile(values, 0.99) * 1000}


def time_each(function, inputs: list[str], rounds: int) -> list[float]:
    timings = []
    for _ in range(rounds):
        for text in inputs:
            started = time.perf_counter()
            function(text)
            timings.append(time.perf_counter() - started)
    return timings


# Generated banks.


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def generate_bank(size: int, folder: Path, seed: int = 7) -> list[list[str]]:
    """Write a bank of `size` entries (6 alternates each) as YAML; returns each entry's topic words."""
    rng = random.Random(seed)
    vocabulary = sorted({_word(rng) for _ in range(max(2_000, size // 4))})
    frames = [
        "what is {0} {1}",
        "how does {0} affect {2}",
        "can {1} cause {0}",
        "why do {0} and {2} happen",
        "when does {1} {0} start",
        "is {2} linked to {0} {1}",
        "how is {0} {2} treated",
    ]
    topics, lines = [], ["meta: {title: Generated bank, source: benchmarks/run.py, reviewed: 2026-01-01}", "entries:"]
    for number in range(size):
        words = rng.sample(vocabulary, 3)
        topics.append(words)
        question = frames[0].format(*words).capitalize() + f" {number}?"
        alternates = [frame.format(*words) + f" {number}" for frame in frames[1 : 1 + ALTERNATES]]
        lines += [
            f"  - id: entry-{number}",
            f"    question: {question}",
            "    alternates:",
            *(f"      - {alternate}" for alternate in alternates),
            f"    answer: This is the answer about {words[0]} and {words[1]}. It has two sentences.",
            "    source: Generated",
            "    related: []",
        ]
    (folder / "entries.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # A clinic's bank names its own topic words; questions without one are not answered.
    (folder / "vocabulary.yaml").write_text(f"topic_words: [{', '.join(vocabulary)}]\n", encoding="utf-8")
    return topics


def generated_questions(topics: list[list[str]], count: int, seed: int = 11) -> list[str]:
    """In-scope questions (some with a typo) and off-topic ones, for a generated bank."""
    rng = random.Random(seed)
    questions = []
    for number in range(count):
        words = rng.choice(topics)
        if number % 4 == 3:
            questions.append(f"how do i bake {_word(rng)} bread")
        elif number % 4 == 2:
            typo = words[0][:-1] + "x" if len(words[0]) > 5 else words[0]
            questions.append(f"what does {typo} {words[1]} mean")
        else:
            questions.append(f"tell me about {words[0]} and {words[2]}")
    return questions


# The baseline a developer would write first.


class DifflibBaseline:
    """Best difflib ratio over every question and alternate; answer above 0.6."""

    def __init__(self, bank):
        self.phrasings = [
            (text.lower(), entry.id) for entry in bank.entries for text in (entry.question, *entry.alternates)
        ]

    def ask(self, text: str):
        text = text.lower()
        best, best_id = 0.0, None
        matcher = difflib.SequenceMatcher()
        matcher.set_seq2(text)
        for phrasing, entry_id in self.phrasings:
            matcher.set_seq1(phrasing)
            if matcher.real_quick_ratio() > best and matcher.quick_ratio() > best:
                ratio = matcher.ratio()
                if ratio > best:
                    best, best_id = ratio, entry_id
        return best_id if best >= 0.6 else None


# Whole processes.


def peak_rss_mib(bank_path: str | None, questions: list[str]) -> float:
    """Peak memory of a process that loads a bank and answers questions.

    Read from the child's own VmHWM where Linux has it: a child started by fork (or vfork) and exec keeps
    in ru_maxrss the parent's high-water mark at the time of exec, so ru_maxrss would report this
    benchmark's own size, not the chatbot's."""
    code = (
        "import json, resource, sys\n"
        "from chatbot import Bot\n"
        "bot = Bot.load(sys.argv[1] or None)\n"
        "for q in json.loads(sys.argv[2]): bot.ask(q)\n"
        "try:\n"
        "    lines = open('/proc/self/status').read().splitlines()\n"
        "    print(next(int(l.split()[1]) for l in lines if l.startswith('VmHWM:')))\n"
        "except (OSError, StopIteration):\n"
        "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, bank_path or "", json.dumps(questions)], capture_output=True, check=True
    )
    return int(result.stdout) / 1024


def process_times(command: list[str], runs: int) -> list[float]:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        timings.append(time.perf_counter() - started)
    return timings


def serve_throughput(questions: list[str], count: int) -> float:
    """Questions per second through `chatbot serve --stdio` (start-up excluded)."""
    lines = "".join(
        json.dumps({"session": f"s{n % 50}", "text": questions[n % len(questions)]}) + "\n" for n in range(count)
    )
    command = [sys.executable, "-m", "chatbot", "serve", "--stdio"]
    started = time.perf_counter()
    subprocess.run(command, input=b"", capture_output=True, check=True)
    startup = time.perf_counter() - started
    started = time.perf_counter()
    result = subprocess.run(command, input=lines.encode(), capture_output=True, check=True)
    elapsed = time.perf_counter() - started - startup
    assert result.stdout.count(b"\n") == count
    return count / elapsed


def load_seconds(path: str | None, runs: int) -> list[float]:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        Bot.load(path)
        timings.append(time.perf_counter() - started)
    return timings


def run(quick: bool) -> dict:
    rounds = 5 if quick else 40
    results: dict = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}}

    bot = Bot.load()
    session = bot.session()
    baseline = DifflibBaseline(bot.bank)
    ours = summary(time_each(session.ask, PACKAGED_QUESTIONS, rounds))
    theirs = summary(time_each(baseline.ask, PACKAGED_QUESTIONS, max(2, rounds // 4)))
    results["packaged"] = {
        "entries": len(bot.bank.entries),
        "ask": ours,
        "difflib": theirs,
        "speedup": theirs["median_ms"] / ours["median_ms"],
        "load": summary(load_seconds(None, 3 if quick else 10)),
        "peak_rss_mib": peak_rss_mib(None, PACKAGED_QUESTIONS),
        "story": summary(time_each(session.ask, STORIES, rounds * 4)),
    }

    results["generated"] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for size in SIZES[:2] if quick else SIZES:
            folder = Path(scratch) / f"bank-{size}"
            folder.mkdir()
            topics = generate_bank(size, folder)
            questions = generated_questions(topics, 40)
            started = time.perf_counter()
            big = Bot.load(folder)
            load = time.perf_counter() - started
            big_session = big.session()
            figures = {
                "load_s": load,
                "ask": summary(time_each(big_session.ask, questions, 2 if quick else 5)),
                "answered_share": sum(big.ask(q).kind == "answer" for q in questions[:20]) / 20,
            }
            base = DifflibBaseline(big.bank)
            figures["difflib"] = summary(time_each(base.ask, questions[:4], 1))
            figures["speedup"] = figures["difflib"]["median_ms"] / figures["ask"]["median_ms"]
            if size == SIZES[-1]:
                figures["peak_rss_mib"] = peak_rss_mib(str(folder), questions[:10])
            results["generated"][size] = figures

    runs = 10 if quick else 40
    ask_process = process_times([sys.executable, "-m", "chatbot", "ask", "what is HO"], runs)
    import_only = process_times([sys.executable, "-c", "import yaml, rapidfuzz"], runs)
    results["process"] = {
        "chatbot_ask": summary(ask_process),
        "import_yaml_rapidfuzz": summary(import_only),
        "ratio": statistics.median(ask_process) / statistics.median(import_only),
    }
    results["serve_questions_per_second"] = serve_throughput(PACKAGED_QUESTIONS, 2_000 if quick else 10_000)
    return results


TARGETS = [
    ("packaged median", lambda r: r["packaged"]["ask"]["median_ms"], 0.5, "ms"),
    ("packaged p99", lambda r: r["packaged"]["ask"]["p99_ms"], 2.0, "ms"),
    ("60-word story median", lambda r: r["packaged"]["story"]["median_ms"], 2.0, "ms"),
    ("10,000 entries median", lambda r: r["generated"].get(10_000, {}).get("ask", {}).get("median_ms"), 10.0, "ms"),
    ("50,000 entries median", lambda r: r["generated"].get(50_000, {}).get("ask", {}).get("median_ms"), 50.0, "ms"),
    ("chatbot ask process median", lambda r: r["process"]["chatbot_ask"]["median_ms"], 120.0, "ms"),
    ("chatbot ask / import yaml+rapidfuzz", lambda r: r["process"]["ratio"], 2.0, "x"),
    ("packaged peak memory", lambda r: r["packaged"]["peak_rss_mib"], 60.0, "MiB"),
]


def table(results: dict) -> str:
    """The figures as a table a person can read."""
    packaged = results["packaged"]
    rows = [
        f"machine: {results['machine']['cpus']} CPUs, Python {results['machine']['python']}",
        "",
        f"{'bank':<12} {'load':>10} {'ask median':>11} {'ask p99':>9} {'difflib median':>15} {'speed-up':>9}",
        f"{'packaged':<12} {packaged['load']['median_ms']:>8.1f}ms {packaged['ask']['median_ms']:>9.3f}ms "
        f"{packaged['ask']['p99_ms']:>7.3f}ms {packaged['difflib']['median_ms']:>13.2f}ms {packaged['speedup']:>8.0f}x",
    ]
    for size, figures in results["generated"].items():
        rows.append(
            f"{size:<12,} {figures['load_s']:>9.2f}s {figures['ask']['median_ms']:>9.3f}ms "
            f"{figures['ask']['p99_ms']:>7.3f}ms {figures['difflib']['median_ms']:>13.1f}ms {figures['speedup']:>8.0f}x"
        )
    process = results["process"]
    rows += [
        "",
        f"chatbot ask (whole process): median {process['chatbot_ask']['median_ms']:.1f} ms, "
        f"p99 {process['chatbot_ask']['p99_ms']:.1f} ms",
        f"python -c 'import yaml, rapidfuzz': median {process['import_yaml_rapidfuzz']['median_ms']:.1f} ms "
        f"(ratio {process['ratio']:.2f})",
        f"serve --stdio: {results['serve_questions_per_second']:,.0f} questions per second",
        f"peak memory: packaged bank {packaged['peak_rss_mib']:.1f} MiB"
        + (
            f", 50,000 entries {results['generated'][50_000]['peak_rss_mib']:.1f} MiB"
            if 50_000 in results["generated"]
            else ""
        ),
        "",
        "targets:",
    ]
    for name, read, limit, unit in TARGETS:
        value = read(results)
        if value is None:
            continue
        rows.append(f"  {'ok  ' if value < limit else 'MISS'} {name}: {value:.3f} {unit} (target < {limit} {unit})")
    rows.append(f"  {'ok  ' if results['serve_questions_per_second'] > 2000 else 'MISS'} serve --stdio > 2,000/s")
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON to FILE")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions and no 50,000-entry bank")
    args = parser.parse_args()
    load_bank()  # fail early, with the bank's own message, if the package is not installed right
    results = run(args.quick)
    print(table(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
