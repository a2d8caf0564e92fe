"""Helpers for the web front end's tests: the real server as a process, and a real headless Chromium."""

from __future__ import annotations

import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Screenshots of each state of the page, for a person to look at (git-ignored).
ARTIFACTS = ROOT / ".artifacts" / "web"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
AXE_JS = Path(os.environ.get("CHATBOT_AXE_JS", ROOT / ".ci-node" / "node_modules" / "axe-core" / "axe.min.js"))


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def require(available: bool, reason: str) -> None:
    """Skip a test whose tool is missing on a developer's machine; in CI a missing tool is a failure."""
    if available:
        return
    if in_ci():
        pytest.fail(f"{reason} (CI=true: .ci/run installs it, so it must be there)")
    pytest.skip(reason)


class Server:
    """`chatbot serve --http` as a real process on a free loopback port; its stderr is kept for checks."""

    def __init__(self, *args: str, env: dict | None = None):
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("CHATBOT_")}
        full_env.update(env or {})
        self.process = subprocess.Popen(
            [sys.executable, "-m", "chatbot", "serve", "--http", "--port", "0", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=full_env,
        )
        first = self._read_line(timeout=30)
        found = re.search(r"http://[^ ]+/", first)
        if not found:
            self.stop()
            raise RuntimeError(f"the server did not start: {first!r} {self.log!r}")
        self.url = found.group(0).rstrip("/")
        self.log = first

    def _read_line(self, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        line = b""
        while not line.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([self.process.stderr], [], [], 0.2)
            if ready:
                byte = os.read(self.process.stderr.fileno(), 1)  # unbuffered, so select stays truthful
                if not byte:
                    break
                line += byte
        return line.decode("utf-8", errors="replace")

    def stop(self) -> int:
        """SIGTERM, as a supervisor would; returns the exit code and keeps everything it wrote."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            out, err = self.process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            out, err = self.process.communicate()
        self.log = getattr(self, "log", "") + (out + err).decode("utf-8", errors="replace")
        return self.process.returncode


def chrome(width: int = 1024, height: int = 900):
    """A fresh headless Chromium driven through Debian's chromedriver (never a downloaded one)."""
    require(Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists(), "Debian's chromium and chromium-driver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="chatbot-web-profile-")
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        f"--window-size={width},{height}",
        "--lang=en-US",
    ):
        options.add_argument(flag)
    try:
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    except BaseException:
        shutil.rmtree(profile, ignore_errors=True)
        raise
    driver.set_script_timeout(30)
    driver.profile_dir = profile
    quit_browser = driver.quit

    def quit_and_tidy() -> None:
        # The profile holds what the test typed into the page (and Chromium's caches): never leave it in /tmp.
        try:
            quit_browser()
        finally:
            shutil.rmtree(profile, ignore_errors=True)

    driver.quit = quit_and_tidy
    return driver


def axe_violations(driver) -> list[dict]:
    """axe-core's WCAG 2 A and AA violations on the page as it is now."""
    require(AXE_JS.exists(), f"axe-core ({AXE_JS}; run `npm install --prefix .ci-node axe-core`)")
    driver.execute_script(AXE_JS.read_text(encoding="utf-8"))
    return driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}})
          .then((result) => done(result.violations.map((v) => ({id: v.id, impact: v.impact,
                  nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5)}))))
          .catch((error) => done([{id: "axe-error", impact: "critical", nodes: [String(error)]}]));
        """
    )


def screenshot(driver, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    driver.save_screenshot(str(path))
    return path
