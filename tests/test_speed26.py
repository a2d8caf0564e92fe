"""Speed work of round 24 (speed26): counts of work, not times (they hold on a busy machine), and the same readings.

- The fuzzy part of a ranking compares the question's words, sorted once, with each phrasing's words, sorted once
  and kept (`Matcher._sorted_phrasings`), by `fuzz.ratio`: the value `fuzz.token_sort_ratio` gives the phrasing as
  written, without sorting every phrasing again for every question.
- The other-language check asks whether an unknown word is a slip of the bank's words before it works out the
  English words one slip away (`_slip_of_english`, ten to a hundred times the cost).
- The taken-pronoun reading ("can I just start taking them?" after an answer on a medicine) counts the treatments of
  the last question and of the message only when a pronoun follows an act of taking.
"""

from pathlib import Path

import pytest
from rapidfuzz import fuzz

from chatbot import Bot
from chatbot.conversation import routing
from chatbot.quality.evaluation import load_cases
from chatbot.understanding import matcher as matcher_module
from chatbot.understanding import other_language

EVAL = Path(__file__).parent / "data" / "eval.yaml"


@pytest.fixture(scope="module")
def bot():
    return Bot.load()


def _questions() -> list[str]:
    singles, _ = load_cases(EVAL)
    return [case.question for case in singles]


class _Recorder:
    """Stands for `rapidfuzz.process` in the matcher: records what each fuzzy comparison was given."""

    def __init__(self, real):
        self.real = real
        self.calls: list[tuple] = []

    def extractOne(self, query, choices, **kwargs):  # noqa: N802 - rapidfuzz's name
        self.calls.append((query, choices, kwargs))
        return self.real.extractOne(query, choices, **kwargs)


def test_the_fuzzy_part_scores_what_token_sort_ratio_scored_on_every_eval_question(bot, monkeypatch):
    recorder = _Recorder(matcher_module.process)
    monkeypatch.setattr(matcher_module, "process", recorder)
    matcher = bot.matcher
    by_choices = {}
    for question in _questions()[:200]:
        matcher.start_message()
        analysis = bot.analyzer.analyze(question)
        before = len(recorder.calls)
        matcher.rank(analysis.tokens, analysis.concepts)
        asked = " ".join(analysis.concepts or analysis.tokens)
        for query, choices, kwargs in recorder.calls[before:]:
            assert kwargs["scorer"] is fuzz.ratio
            assert query == " ".join(sorted(asked.split()))
            # The phrasings as the entry keeps them: the scored list is one of the entries' wordings, sorted.
            written = next(
                lines
                for lines in (w.split("\n") for w in matcher._wordings)
                if [" ".join(sorted(line.split())) for line in lines] == choices
            )
            best = max((fuzz.token_sort_ratio(asked, line, processor=None) for line in written), default=None)
            found = recorder.real.extractOne(query, choices, scorer=fuzz.ratio, processor=None)
            assert (found[1] if found else None) == best
            by_choices.setdefault(id(choices), choices)
    assert len(recorder.calls) > 200  # the fuzzy part ran, on many entries
    assert len(by_choices) <= len(bot.bank.entries)  # each entry's sorted phrasings worked out once, then kept


def test_a_big_bank_keeps_no_sorted_phrasings(bot, monkeypatch):
    """Over MAX_KEPT_ENTRY_INDEXES entries nothing is kept (memory would grow with every entry ever scored) and
    rapidfuzz sorts the words itself, as before (sorting them in Python made a 10,000-entry bank 1 ms slower a
    question). The same best phrasing and score either way. The near miss: the packaged bank keeps them."""
    matcher = bot.matcher
    question = "hip replacement extra bone cause"
    sorted_question = " ".join(sorted(question.split()))
    matcher.__dict__.pop("_sorted_phrasings", None)
    kept = [matcher._best_wording(index, question, sorted_question) for index in range(len(matcher.entries))]
    assert len(matcher.__dict__["_sorted_phrasings"]) == len(matcher.entries)
    recorder = _Recorder(matcher_module.process)
    monkeypatch.setattr(matcher_module, "process", recorder)
    monkeypatch.setattr(matcher_module, "MAX_KEPT_ENTRY_INDEXES", 1)
    matcher.__dict__.pop("_sorted_phrasings", None)
    unkept = [matcher._best_wording(index, question, sorted_question) for index in range(len(matcher.entries))]
    assert "_sorted_phrasings" not in matcher.__dict__
    assert all(kwargs["scorer"] is fuzz.token_sort_ratio for _, _, kwargs in recorder.calls)
    assert [found and found[1] for found in kept] == [found and found[1] for found in unkept]
    assert any(found and found[1] > 50 for found in kept)


def _counting(monkeypatch, module, name):
    real = getattr(module, name)
    count = [0]

    def counted(*args, **kwargs):
        count[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return count


def test_bank_slips_are_not_worked_out_as_english_slips(bot, monkeypatch):
    count = _counting(monkeypatch, other_language, "_slip_of_english")
    assert bot.session().ask("hetrotopic ossfication symtoms").kind == "answer"
    assert count[0] == 0  # every unknown word is a slip of the bank's own (it was three English slip searches)
    # The near miss: another language's words are no bank slips, and are still looked up as English slips.
    reply = bot.session().ask("mi madre tiene dolor en la cadera despues de la operacion")
    assert reply.text == bot.bank.messages["not_english"]
    assert count[0] > 0


def test_the_taken_pronoun_counts_treatments_only_after_an_act_of_taking(bot, monkeypatch):
    advice = bot.advice
    count = [0]
    real = type(advice).treatments_named

    def counted(self, text):
        count[0] += 1
        return real(self, text)

    monkeypatch.setattr(type(advice), "treatments_named", counted)
    session = bot.session()
    assert session.ask("can ibuprofen stop it forming").id == "nsaids"
    count[0] = 0
    assert routing.taken_as_last_medicine(advice, "how long does recovery take", "Can NSAIDs prevent HO?") is None
    assert count[0] == 0  # no pronoun after an act of taking: no treatment counted
    # The near miss: a pronoun after taking, after an answer on a medicine, is still read as that medicine.
    read = routing.taken_as_last_medicine(advice, "ok so can i just start taking them", "Can NSAIDs prevent HO?")
    assert count[0] > 0
    assert read is not None and "medicine" in read.split()
    reply = session.ask("ok so can i just start taking them")
    assert reply.kind == "fallback" and bot.bank.messages["personal_advice"].split(".")[0] in reply.text
