"""Speed work of round 20 (speed22): each shortcut gives exactly what the work it replaces gave."""

import random

import pytest

from chatbot import Bot
from chatbot.understanding import english, service_request
from chatbot.understanding.message import is_question
from chatbot.understanding.service_request import ANY_WORD, _at
from chatbot.understanding.text import fold, forget_folded, message_memo, words


@pytest.fixture(scope="module")
def bot():
    return Bot.load()


# The reading of requests to act as it was before speed22: every phrase and every act tried in turn.
def _old_first(stems, start, phrases):
    if start >= len(stems):
        return None
    for phrase in phrases:
        if phrase and _at(stems, start, phrase):
            return phrase
    return None


def _old_read_clause(requests, clause):
    stems = tuple(english.stem_many(words(clause)))
    start = 0
    while (opener := _old_first(stems, start, requests.openers)) is not None:
        start += len(opener)
    if start >= len(stems):
        return None
    trimmed = stems[start:]
    while trimmed and (trimmed[-1],) in requests.softeners:
        trimmed = trimmed[:-1]
    for kind in requests.kinds:
        if trimmed in kind.alone:
            return kind.name, True, trimmed, len(stems)
    asking = _old_first(stems, start, requests.asking)
    wanting = None if asking else _old_first(stems, start, requests.wanting)
    frame = asking or wanting
    at = start + (len(frame) if frame else 0)
    softener = _old_first(stems, at, requests.softeners)
    if softener and frame:
        at += len(softener)
    for kind in requests.kinds:
        for acts, things in kind.asks:
            for act in acts:
                if not act and not wanting:
                    continue
                if act and not _at(stems, at, act):
                    continue
                if frame is None and (act in requests.not_commands or not act):
                    continue
                found = requests._thing_after(stems, at + len(act), things, kind)
                if found is not None:
                    return kind.name, wanting is None, *found
    return None


def _old_find(requests, clean):
    clauses = [part for part in service_request._CLAUSE_END.split(clean) if part and part.strip()]
    kinds, asked, thing, rest = [], False, (), []
    for clause in clauses:
        found = _old_read_clause(requests, clause)
        if found is None:
            rest.append(clause.strip())
            continue
        name, clause_asked, clause_thing, end = found
        after = words(clause)[end:]
        if len(after) >= service_request.MIN_RUN_ON_QUESTION_WORDS and is_question(" ".join(after)):
            rest.append(" ".join(after))
        if name not in kinds:
            kinds.append(name)
        if not thing or (clause_asked and not asked):
            thing = clause_thing
        asked = asked or clause_asked
    if not kinds:
        return None
    return service_request.Found(tuple(kinds), asked, thing, ". ".join(rest))


def _request_wordings(requests, count, seed):
    """Random wordings made of the requests' own phrases (their words as typed are unknown: stems are used, which
    the stemmer leaves as they are or reads back the same), small words and filler, with clause marks between."""
    rng = random.Random(seed)
    pieces = [" ".join(p) for p in (*requests.openers, *requests.asking, *requests.wanting, *requests.softeners)]
    for kind in requests.kinds:
        for acts, things in kind.asks:
            pieces += [" ".join(p).replace(ANY_WORD, rng.choice(["my", "the", "a"])) for p in (*acts, *things)]
        pieces += [" ".join(p) for p in kind.alone]
    pieces += sorted(requests.gap_words) + ["please", "me", "my mum", "what is", "ho", "hip", "tomorrow", "pain"]
    pieces += ["how long does it last", "what does it mean", "is it serious"]  # run on after a request
    pieces = [piece for piece in pieces if piece.strip()]
    found = []
    for _ in range(count):
        text = []
        for _ in range(rng.randint(1, 9)):
            text.append(rng.choice(pieces))
            if rng.random() < 0.15:
                text.append(rng.choice([",", ".", "?", " - ", "!"]))
        found.append(" ".join(text))
    return found


def test_requests_to_act_are_read_as_every_phrase_tried_in_turn(bot):
    requests = bot.requests
    requests.read_clause("")  # compiled
    wordings = _request_wordings(requests, 4000, seed=22)
    wordings += [
        "can you book me an appointment with the nurse please",
        "I want to speak to a real person. What is HO?",
        "please call me back tomorrow, and send my results to my GP",
        "could you get me an appointment how long will the stiffness last",
        "can u call an ambulance",
        "how do I get a sick note",
        "book",
        "",
    ]
    found_any = 0
    for text in wordings:
        forget_folded()
        old = _old_read_clause(requests, text)
        assert requests.read_clause(text) == (None if old is None else old[:3]), text
        new = requests.find(text)
        assert new == _old_find(requests, text), text
        assert requests.find(text) == new, text  # the second reading, kept for the message, is the same
        found_any += new is not None
    assert found_any > 200  # the wordings do hold requests


def test_a_request_read_is_kept_for_its_message_only(bot):
    text = "can you book me an appointment"
    found = bot.requests.find(text)
    assert found is not None and service_request._FOUND
    forget_folded()
    assert not service_request._FOUND  # forgotten with the message
    session = bot.session()
    session.ask(text)
    assert not service_request._FOUND  # a session forgets it once it has replied


def test_message_memos_are_emptied_with_the_folded_texts():
    memo = message_memo()
    memo["my own words"] = 1
    fold("Some Words")
    forget_folded()
    assert not memo
    assert fold("Some Words") == "some words"


def test_a_start_from_a_compiled_copy_reads_no_request_phrases(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = Bot.load()  # builds the copy
    fresh = service_request.ServiceRequests(built.bank.service_requests)

    def refuse(self):
        raise AssertionError("the requests were read again")

    monkeypatch.setattr(service_request.ServiceRequests, "_compile", refuse)
    loaded = Bot.load()  # from the copy: read already
    for text in ("please book me in with the nurse", "can I talk to someone", "what is HO", "call an ambulance now"):
        forget_folded()
        assert loaded.requests.find(text) == built.requests.find(text), text
        monkeypatch.undo()
        forget_folded()
        assert fresh.find(text) == built.requests.find(text), text
        monkeypatch.setattr(service_request.ServiceRequests, "_compile", refuse)


def _old_with_shared_heads(analyzer, fixed):
    stems = [analyzer._stem(word) for word in fixed]
    lengths, phrases = analyzer._lengths_by_first, analyzer._phrases
    result = list(fixed)
    for index in range(len(fixed) - 3, 0, -1):
        if fixed[index] not in ("or", "and"):
            continue
        for size in sorted(lengths.get(stems[index + 1], ()), reverse=True):
            phrase = tuple(stems[index + 1 : index + 1 + size])
            if size < 2 or len(phrase) < size or phrase not in phrases:
                continue
            for head in range(1, size):
                shared = phrase[head:]
                if (stems[index - 1], *shared) in phrases:
                    result[index:index] = fixed[index + 1 + head : index + 1 + size]
                    break
            break
    return result


def test_shared_heads_are_read_as_before(bot):
    analyzer = bot.analyzer
    rng = random.Random(20)
    phrase_words = sorted({word for phrase in analyzer._phrases for word in phrase if word.isalpha()})[:3000]
    vocabulary = [*phrase_words, "and", "or", "and", "or", "hip", "knee", "joint", "replacement", "my", "the"]
    changed = 0
    for _ in range(3000):
        fixed = [rng.choice(vocabulary) for _ in range(rng.randint(1, 12))]
        new = analyzer._with_shared_heads(fixed)
        assert new == _old_with_shared_heads(analyzer, fixed), fixed
        changed += new != fixed
    for text in ("elbow or shoulder joint replacement", "hip and knee replacements", "fever and knee replacement"):
        fixed = text.split()
        assert analyzer._with_shared_heads(fixed) == _old_with_shared_heads(analyzer, fixed)
    assert analyzer._with_shared_heads("hip and knee replacement".split()) != "hip and knee replacement".split()


def test_stems_of_many_words_are_those_of_each_word():
    typed = ["symptoms", "growing", "3", "x", "", "tumours", "symptoms", "wasn", "earliest", "grows"]
    assert english.stem_many(typed) == [english.stem(word) if word.isalpha() else word for word in typed]
    assert english.stem_many(typed) == english.stem_many(iter(typed))  # kept stems answer the same


def test_the_bank_questions_analyses_kept_are_those_made_afresh(bot):
    analyzer = bot.analyzer
    session = bot.session()
    for text in ("what is HO", "can a hip replacement cause extra bone", "My dad had his hip done. Is that HO?", "2"):
        session.ask(text)
    questions = [entry.question for entry in bot.bank.entries]
    assert analyzer._own_analyses  # the readers asked of some
    for question in questions:
        assert analyzer.analyze(question, fix_typos=False) == analyzer._analyze(question, False), question
        assert analyzer.analyze(question, fix_typos=False) is analyzer.analyze(question, fix_typos=False)
    typed = "my own words"
    assert analyzer.analyze(typed, fix_typos=False) is not analyzer.analyze(typed, fix_typos=False)  # never kept
    bot.forget_typed_words()
    assert not analyzer._own_analyses  # a kiosk's wipe: which entries were read goes too
