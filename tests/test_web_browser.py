"""The page of `chatbot serve --http` in a real headless Chromium: use, accessibility (axe-core), kiosk wipe.

Each state is saved as a screenshot under .artifacts/web/ for a person to look at.
Without Debian's chromium or axe-core these tests skip on a developer's
machine, and fail in CI (CI=true), where .ci/run installs both.
"""

from __future__ import annotations

import json
import time

import pytest
from web_support import Server, axe_violations, chrome, screenshot

from chatbot import Bot
from chatbot.frontends.web.app import COOKIE

WAIT = 20  # seconds: the machine may be busy


@pytest.fixture(scope="module")
def server():
    running = Server()
    yield running
    assert running.stop() == 0
    # Nothing the browser sent is in the server's output: only the line naming its address.
    assert "collapsed" not in running.log and "brooker" not in running.log.lower()
    assert len(running.log.strip().splitlines()) == 1, running.log


@pytest.fixture(scope="module")
def driver():
    browser = chrome()
    yield browser
    browser.quit()


@pytest.fixture(scope="module")
def engine():
    return Bot.load()


@pytest.fixture
def page(server, driver):
    """The page, fresh, with a new conversation (no cookie)."""
    driver.get(server.url + "/")
    driver.delete_all_cookies()
    open_page(driver, server.url)
    return driver


def open_page(driver, url):
    """Load the page and wait until its script has fetched the bank's words."""
    driver.get(url + "/")
    wait_until(driver, lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))


def wait_until(driver, condition, timeout=WAIT):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.1).until(condition)


def replies(driver):
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, "#conversation .reply")


def send(driver, text):
    """Type a question and press Enter; returns the reply element that comes back."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    before = len(replies(driver))
    box = driver.find_element(By.ID, "question")
    box.send_keys(text)
    box.send_keys(Keys.ENTER)
    return wait_for_reply(driver, before)


def wait_for_reply(driver, before):
    wait_until(driver, lambda d: len(replies(d)) > before)
    return replies(driver)[-1]


def assert_no_violations(driver, state):
    violations = axe_violations(driver)
    assert violations == [], f"axe found WCAG 2 A/AA problems on {state}: {violations}"


def assert_big_enough(driver, selector):
    sizes = driver.execute_script(
        "return [...document.querySelectorAll(arguments[0])].map(e => {"
        "const r = e.getBoundingClientRect(); return [e.id || e.textContent.slice(0, 30), r.width, r.height]; })",
        selector,
    )
    assert sizes, f"nothing matches {selector}"
    small = [size for size in sizes if size[1] < 44 or size[2] < 44]
    assert small == [], f"touch targets under 44 x 44 px: {small}"


def no_horizontal_scroll(driver) -> bool:
    return driver.execute_script(
        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )


# Use.


def test_the_welcome_shows_the_banks_words_and_numbered_examples(page, engine):
    from selenium.webdriver.common.by import By

    screens = engine.bank.screens
    assert page.title == screens["title"]
    assert page.find_element(By.TAG_NAME, "h1").text == screens["title"]
    assert "not a doctor" in page.find_element(By.ID, "notice").text
    examples = page.find_elements(By.CSS_SELECTOR, ".welcome .suggestion")
    expected = [engine.bank.by_id[i].question for i in engine.bank.example_ids]
    assert [e.find_element(By.CLASS_NAME, "question-text").text for e in examples] == expected
    assert [e.find_element(By.CLASS_NAME, "number").text for e in examples] == ["1", "2", "3", "4"]
    assert page.find_element(By.ID, "start-again").text == screens["web_start_again"]
    log = page.find_element(By.ID, "conversation")
    assert log.get_attribute("role") == "log" and log.get_attribute("aria-live") == "polite"
    assert page.find_element(By.ID, "question").get_attribute("autocomplete") == "off"
    assert_big_enough(page, "button:not(#keep-going), textarea")
    screenshot(page, "01-welcome")
    assert_no_violations(page, "the welcome")


def test_ask_and_see_the_answer_with_its_source_and_follow_ups(page, engine):
    from selenium.webdriver.common.by import By

    expected = engine.ask("what are the symptoms of ho?")
    reply = send(page, "what are the symptoms of ho?")
    assert reply.get_attribute("data-kind") == "answer"
    assert "reply--answer" in reply.get_attribute("class")
    assert reply.find_element(By.CLASS_NAME, "text").text == expected.text
    source = f"{engine.bank.messages['source_prefix']} {expected.source}"
    assert reply.find_element(By.CLASS_NAME, "source").text == source
    assert reply.find_element(By.CLASS_NAME, "suggestions-heading").text == engine.bank.messages["follow_ups"]
    shown = [b.find_element(By.CLASS_NAME, "question-text").text for b in reply.find_elements(By.TAG_NAME, "button")]
    assert shown == [s.question for s in expected.suggestions]
    asked = page.find_elements(By.CSS_SELECTOR, "#conversation .user .text")[-1]
    assert asked.text == "what are the symptoms of ho?"
    # The text box is emptied and keeps the focus, ready for the next question.
    assert page.find_element(By.ID, "question").get_attribute("value") == ""
    assert page.switch_to.active_element.get_attribute("id") == "question"
    screenshot(page, "02-answer")
    assert_no_violations(page, "an answer")


def test_a_follow_up_in_the_same_session(page, engine):
    from selenium.webdriver.common.by import By

    send(page, "what is the brooker scale")
    reply = send(page, "and grade 3?")
    assert reply.find_element(By.CLASS_NAME, "text").text == engine.bank.by_id["grade-3"].answer


def test_pick_a_numbered_suggestion_by_touch(page, engine):
    from selenium.webdriver.common.actions import interaction
    from selenium.webdriver.common.actions.action_builder import ActionBuilder
    from selenium.webdriver.common.actions.pointer_input import PointerInput
    from selenium.webdriver.common.by import By

    target = page.find_elements(By.CSS_SELECTOR, ".welcome .suggestion")[2]
    wanted = engine.bank.by_id[engine.bank.example_ids[2]]
    before = len(replies(page))
    touch = ActionBuilder(page, mouse=PointerInput(interaction.POINTER_TOUCH, "finger"))
    touch.pointer_action.move_to(target).pointer_down().pause(0.05).pointer_up()
    touch.perform()
    reply = wait_for_reply(page, before)
    assert reply.find_element(By.CLASS_NAME, "text").text == wanted.answer
    assert page.find_elements(By.CSS_SELECTOR, "#conversation .user .text")[-1].text == wanted.question


def test_pick_a_numbered_suggestion_by_keyboard_only(page, engine):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    keys = ActionChains(page)
    keys.send_keys(Keys.TAB).perform()  # the first thing to reach is the first example
    focused = page.switch_to.active_element
    assert focused.get_attribute("class") == "suggestion"
    keys.send_keys(Keys.TAB).perform()
    second = page.switch_to.active_element
    assert second.find_element(By.CLASS_NAME, "number").text == "2"
    before = len(replies(page))
    keys.send_keys(Keys.ENTER).perform()
    reply = wait_for_reply(page, before)
    first_entry = engine.bank.by_id[engine.bank.example_ids[1]]
    assert reply.find_element(By.CLASS_NAME, "text").text == first_entry.answer
    # Typing a number picks from the suggestions just shown, as in the terminal.
    reply = send(page, "1")
    assert reply.find_element(By.CLASS_NAME, "text").text == engine.bank.by_id[first_entry.related[0]].answer
    # And Space on a focused suggestion works too.
    buttons = reply.find_elements(By.CSS_SELECTOR, ".suggestion")
    page.execute_script("arguments[0].focus()", buttons[0])
    before = len(replies(page))
    keys.send_keys(Keys.SPACE).perform()
    wait_for_reply(page, before)


def test_an_emergency_shows_the_emergency_screen(page, engine):
    from selenium.webdriver.common.by import By

    reply = send(page, "my dad collapsed and is not breathing")
    assert reply.get_attribute("data-kind") == "emergency"
    assert reply.get_attribute("role") == "alert"
    label = reply.find_element(By.CLASS_NAME, "kind-label")
    assert label.text == engine.bank.screens["web_emergency_label"]
    assert label.find_element(By.CSS_SELECTOR, ".icon--emergency").get_attribute("aria-hidden") == "true"
    number = reply.find_element(By.CSS_SELECTOR, ".call-now .number").text
    assert number == engine.emergency_number
    assert engine.emergency_number in reply.find_element(By.CLASS_NAME, "text").text
    # Its own colour, too: the border is red, unlike an ordinary answer's.
    colour = reply.value_of_css_property("border-top-color")
    assert colour.startswith("rgba(160, 0, 24") or colour.startswith("rgb(160, 0, 24"), colour
    screenshot(page, "03-emergency")
    assert_no_violations(page, "an emergency")


def test_start_again_clears_the_page_and_the_server_session(page, engine, server):
    from selenium.webdriver.common.by import By

    send(page, "what is FOP")
    page.find_element(By.ID, "question").send_keys("half typed private words")
    page.find_element(By.ID, "start-again").click()
    wait_until(page, lambda d: len(replies(d)) == 0)
    html = page.execute_script("return document.documentElement.outerHTML")
    assert "FOP" not in html and "half typed" not in html
    assert page.find_element(By.ID, "question").get_attribute("value") == ""
    assert page.find_elements(By.CSS_SELECTOR, ".welcome .suggestion")
    assert page.find_element(By.ID, "status").get_attribute("textContent") == engine.bank.screens["restarted"]
    assert page.get_cookie(COOKIE) is None
    # The server forgot the topic: "its symptoms" no longer means FOP.
    reply = send(page, "what are its symptoms?")
    assert reply.find_element(By.CLASS_NAME, "text").text != engine.bank.by_id["fop-symptoms"].answer


def fake_server_reply(driver, status, body):
    """Make the page's next request get this answer, as if from a newer or failing server."""
    driver.execute_script(
        "const status = arguments[0], body = arguments[1];"
        "const headers = {'Content-Type': 'application/json'};"
        "window.fetch = async () => new Response(body, {status: status, headers: headers});",
        status,
        json.dumps(body),
    )


def test_an_urgent_reply_has_its_own_colour_icon_and_label(page, engine):
    from selenium.webdriver.common.by import By

    fake_server_reply(
        page,
        200,
        {"kind": "urgent", "id": None, "question": None, "answer": "Please contact your care team today.",
         "score": None, "suggestions": [], "source": None},
    )
    reply = send(page, "my scar is hot and red")
    assert reply.get_attribute("data-kind") == "urgent"
    label = reply.find_element(By.CLASS_NAME, "kind-label")
    assert label.text == engine.bank.screens["web_urgent_label"]
    assert label.find_element(By.CSS_SELECTOR, ".icon--urgent").get_attribute("aria-hidden") == "true"
    assert reply.value_of_css_property("border-top-color") in ("rgb(138, 75, 0)", "rgba(138, 75, 0, 1)")
    assert reply.find_elements(By.CLASS_NAME, "call-now") == []
    screenshot(page, "08-urgent")
    assert_no_violations(page, "an urgent reply")


def test_an_unknown_kind_gets_a_plain_style_and_a_failed_request_a_message(page, engine):
    from selenium.webdriver.common.by import By

    fake_server_reply(page, 200, {"kind": "<img src=x>", "answer": "<b>plain</b>", "suggestions": []})
    reply = send(page, "what is HO")
    assert reply.get_attribute("data-kind") == "unknown"
    assert reply.find_element(By.CLASS_NAME, "text").text == "<b>plain</b>"
    fake_server_reply(page, 500, {"error": "internal error"})
    reply = send(page, "what is HO")
    assert reply.find_element(By.CLASS_NAME, "text").text == engine.bank.screens["web_error"]



def test_a_question_sent_while_the_last_answer_is_on_its_way_stays_in_the_box(page, engine):
    # The page asks one question at a time. A second Enter while the first answer was still coming emptied the
    # box and sent nothing: the second question was gone without a word.
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    page.execute_script(
        "const real = window.fetch;"
        "window.fetch = (url, options) => url !== '/api/ask' ? real(url, options)"
        "  : new Promise((resolve) => setTimeout(() => resolve(real(url, options)), 2000));"
    )
    box = page.find_element(By.ID, "question")
    box.send_keys("what is HO" + Keys.ENTER)
    box.send_keys("what is FOP" + Keys.ENTER)
    assert box.get_attribute("value") == "what is FOP"
    wait_for_reply(page, 0)
    assert box.get_attribute("value") == "what is FOP"  # kept, to be sent now
    reply = send(page, "")
    asked = [e.text for e in page.find_elements(By.CSS_SELECTOR, "#conversation .user .text")]
    assert asked == ["what is HO", "what is FOP"]
    assert reply.find_element(By.CLASS_NAME, "text").text.startswith("Genetic HO is very rare")


HOSTILE = [
    '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b> what is HO',
    "\u202eما هو HO؟\u202c what is HO",
    "what\u200b is\u200d heterotopic\ufeff ossification\u2060?",
    '"><svg onload=window.__pwned=3> {{7*7}} ${7*7} javascript:alert(1)',
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_is_shown_as_text_and_never_run(page, text):
    from selenium.webdriver.common.by import By

    reply = send(page, text)
    asked = page.find_elements(By.CSS_SELECTOR, "#conversation .user .text")[-1]
    assert asked.get_attribute("textContent") == text
    assert asked.get_attribute("dir") == "auto"
    markup = page.execute_script(
        "return document.querySelectorAll('#conversation img, #conversation script, #conversation svg,"
        " #conversation b, #conversation iframe').length"
    )
    assert markup == 0
    assert page.execute_script("return window.__pwned === undefined")
    assert reply.get_attribute("data-kind") in ("answer", "fallback", "clarify")


def test_ten_thousand_characters_are_shown_as_text_and_do_not_widen_the_page(page, engine):
    from selenium.webdriver.common.by import By

    long_text = "<b>x</b>" + "what is HO " * 909  # 10,007 characters, as if pasted by a script
    before = len(replies(page))
    page.execute_script(
        "const box = document.getElementById('question'); box.value = arguments[0];"
        "document.getElementById('ask-form').requestSubmit();",
        long_text,
    )
    reply = wait_for_reply(page, before)
    meta_limit = page.execute_script("return document.getElementById('question').maxLength")
    asked = page.find_elements(By.CSS_SELECTOR, "#conversation .user .text")[-1]
    # The box takes as much as the engine reads whole (2,000 characters), so nothing is cut twice.
    assert meta_limit == 2000
    assert asked.get_attribute("textContent") == long_text[:meta_limit]
    assert reply.find_element(By.CLASS_NAME, "text").text
    assert page.execute_script("return document.querySelectorAll('#conversation b').length") == 0
    assert no_horizontal_scroll(page)
    screenshot(page, "04-long-input")


def test_readable_and_usable_at_200_percent_zoom(page):
    from selenium.webdriver.common.by import By

    send(page, "what is the brooker scale")
    size = page.execute_script("return [window.innerWidth, window.innerHeight]")
    # 200% zoom: the same window, half as many CSS pixels, each drawn twice as large.
    page.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": size[0] // 2, "height": size[1] // 2, "deviceScaleFactor": 2, "mobile": False},
    )
    try:
        assert page.execute_script("return window.innerWidth") == size[0] // 2
        assert no_horizontal_scroll(page)
        assert_big_enough(page, "button:not(#keep-going), textarea")
        body_size = float(page.find_element(By.TAG_NAME, "body").value_of_css_property("font-size").rstrip("px"))
        assert body_size >= 20
        hidden = page.execute_script(
            "return [...document.querySelectorAll('#conversation p, .suggestion')]"
            ".filter(e => e.scrollWidth > e.clientWidth + 1).length"
        )
        assert hidden == 0  # no text is cut off
        screenshot(page, "05-zoom-200")
    finally:
        page.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_the_page_makes_no_request_to_another_site_and_logs_no_error(page):
    send(page, "what is HO")
    entries = page.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert entries and all(name.startswith(page.current_url.rstrip("/")) for name in entries)
    errors = [entry for entry in page.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []


# Kiosk mode: short timings so the test is quick; the page warns 3 s before the wipe.

IDLE, WARN = 7.0, 3.0


@pytest.fixture(scope="module")
def kiosk_server():
    running = Server("--kiosk", "--idle-seconds", str(IDLE), "--warn-seconds", str(WARN))
    yield running
    assert running.stop() == 0


@pytest.fixture
def kiosk_tab(kiosk_server, driver):
    """The kiosk page in a new tab, whose history starts empty as a kiosk browser's does; closed after."""
    driver.switch_to.new_window("tab")
    try:
        open_page(driver, kiosk_server.url)
        yield driver
    finally:
        driver.close()
        driver.switch_to.window(driver.window_handles[0])


def healthz_sessions(url):
    import httpx

    return httpx.get(url + "/healthz").json()["sessions"]


def test_kiosk_warns_keeps_going_then_wipes_everything(kiosk_server, kiosk_tab, engine):
    from selenium.webdriver.common.by import By

    driver = kiosk_tab
    # (The tab's first entry is about:blank.) Nothing the conversation does may add an entry.
    at_start = driver.execute_script("return history.length")
    send(driver, "what is FOP")
    driver.find_element(By.ID, "question").send_keys("my private half-typed words")
    assert healthz_sessions(kiosk_server.url) == 1

    # The warning comes, with the seconds left, and takes the focus.
    dialog = driver.find_element(By.ID, "idle-warning")
    wait_until(driver, lambda d: dialog.get_attribute("open") is not None, timeout=IDLE + 10)
    assert driver.find_element(By.ID, "idle-title").text == engine.bank.screens["web_idle_title"]
    warning = driver.find_element(By.ID, "idle-text").text
    assert any(f" {n} " in warning for n in range(1, int(WARN) + 1)), warning
    assert driver.switch_to.active_element.get_attribute("id") == "keep-going"
    assert_big_enough(driver, "#keep-going")
    screenshot(driver, "06-idle-warning")
    assert_no_violations(driver, "the idle warning")
    # Keep going: the warning goes, the conversation stays.
    driver.find_element(By.ID, "keep-going").click()
    assert dialog.get_attribute("open") is None
    assert "FOP" in driver.find_element(By.ID, "conversation").text

    # Then nobody touches it: warning, then the wipe.
    wait_until(driver, lambda d: dialog.get_attribute("open") is not None, timeout=IDLE + 10)
    wait_until(driver, lambda d: len(replies(d)) == 0 and dialog.get_attribute("open") is None, timeout=WARN + 10)
    wait_until(driver, lambda d: healthz_sessions(kiosk_server.url) == 0, timeout=10)
    html = driver.execute_script("return document.documentElement.outerHTML")
    assert "FOP" not in html and "half-typed" not in html
    assert driver.find_element(By.ID, "question").get_attribute("value") == ""
    assert driver.find_elements(By.CSS_SELECTOR, ".welcome .suggestion")
    assert driver.execute_script("return localStorage.length + sessionStorage.length") == 0
    assert driver.execute_script("return history.length") == at_start
    assert driver.current_url == kiosk_server.url + "/"
    assert driver.get_cookie(COOKIE) is None
    screenshot(driver, "07-after-wipe")
    # The next person starts afresh: "its symptoms" means nothing about FOP now.
    reply = send(driver, "what are its symptoms?")
    assert reply.find_element(By.CLASS_NAME, "text").text != engine.bank.by_id["fop-symptoms"].answer



def test_kiosk_warning_says_1_second_not_1_seconds(kiosk_tab, engine):
    from selenium.webdriver.common.by import By

    driver = kiosk_tab
    dialog = driver.find_element(By.ID, "idle-warning")
    wait_until(driver, lambda d: dialog.get_attribute("open") is not None, timeout=IDLE + 10)
    last = " ".join(engine.bank.screens["web_idle_warning_one"].split())
    wait_until(driver, lambda d: d.find_element(By.ID, "idle-text").text == last, timeout=WARN + 2)
    assert "1 second " in last


def test_kiosk_any_key_keeps_the_session_before_the_warning(kiosk_tab):
    from selenium.webdriver.common.by import By

    driver = kiosk_tab
    send(driver, "what is FOP")
    box = driver.find_element(By.ID, "question")
    # Typing slowly for longer than the idle time: no warning, no wipe.
    started = time.monotonic()
    while time.monotonic() - started < IDLE + 1:
        box.send_keys("a")
        time.sleep(0.5)
        assert driver.find_element(By.ID, "idle-warning").get_attribute("open") is None
    assert "FOP" in driver.find_element(By.ID, "conversation").text


def test_kiosk_drops_a_reply_that_arrives_after_the_wipe(kiosk_tab):
    from selenium.webdriver.common.by import By

    driver = kiosk_tab
    # The answer to this question hangs until well after the wipe (a stalled network, say).
    driver.execute_script(
        "const real = window.fetch;"
        "window.fetch = (url, options) => url !== '/api/ask' ? real(url, options) : new Promise((resolve) =>"
        "  setTimeout(() => resolve(new Response(JSON.stringify({kind: 'answer', answer: 'LATE REPLY',"
        "    suggestions: []}), {status: 200, headers: {'Content-Type': 'application/json'}})), arguments[0]));",
        int((IDLE + 3) * 1000),
    )
    driver.find_element(By.ID, "question").send_keys("a question whose answer is slow\n")
    dialog = driver.find_element(By.ID, "idle-warning")
    wait_until(driver, lambda d: dialog.get_attribute("open") is not None, timeout=IDLE + 10)
    wait_until(driver, lambda d: dialog.get_attribute("open") is None, timeout=WARN + 10)
    assert "answer is slow" not in driver.find_element(By.ID, "conversation").text
    time.sleep(5)  # the late reply has come back by now
    html = driver.execute_script("return document.documentElement.outerHTML")
    assert "LATE REPLY" not in html and "answer is slow" not in html


def test_a_wipe_whose_reset_fails_is_retried_and_the_next_question_starts_afresh(page, engine):
    # The cookie is HttpOnly, so only the server can drop it: a failed /api/reset left the last person's
    # conversation there for the session lifetime, and the next person's follow-up went on with it.
    from selenium.webdriver.common.by import By

    send(page, "what is FOP")
    page.execute_script(
        "const real = window.fetch; window.resetTries = 0;"
        "window.fetch = (url, options) => url !== '/api/reset' ? real(url, options)"
        "  : (window.resetTries += 1, Promise.reject(new TypeError('network down')));"
    )
    page.find_element(By.ID, "start-again").click()
    wait_until(page, lambda d: len(replies(d)) == 0)
    assert page.get_cookie(COOKIE) is not None  # the reset never arrived
    wait_until(page, lambda d: d.execute_script("return window.resetTries") >= 2, timeout=10)  # tried again
    reply = send(page, "what are its symptoms?")
    assert reply.find_element(By.CLASS_NAME, "text").text != engine.bank.by_id["fop-symptoms"].answer


def test_a_question_asked_while_start_again_is_still_resetting_keeps_its_conversation(page, engine):
    # The reset and the next person's first question went side by side: the reset, overtaken, reached the server
    # with the new conversation's cookie, forgot it and dropped the cookie; the next follow-up lost its context.
    from selenium.webdriver.common.by import By

    send(page, "what is the brooker scale")
    page.execute_script(
        "const real = window.fetch; window.resetsDone = 0;"
        "window.fetch = (url, options) => url !== '/api/reset' ? real(url, options)"
        "  : new Promise((go) => setTimeout(go, 1500)).then(() => real(url, options))"
        "      .then((response) => { window.resetsDone += 1; return response; });"
    )
    page.find_element(By.ID, "start-again").click()
    page.find_element(By.ID, "question").send_keys("what is FOP\n")  # at once, while the reset waits
    wait_until(page, lambda d: len(replies(d)) == 1 and d.execute_script("return window.resetsDone") == 1)
    assert "FOP" in replies(page)[0].text
    reply = send(page, "what are its symptoms?")
    assert reply.find_element(By.CLASS_NAME, "text").text == engine.bank.by_id["fop-symptoms"].answer
    assert page.get_cookie(COOKIE) is not None
    # The welcome came back before the question, not after it.
    order = page.execute_script(
        "return [...document.getElementById('conversation').children].map(n => n.className).join(' | ')"
    )
    assert order.index("welcome") < order.index("reply"), order
