"""The review console in a real headless Chromium (Playwright), with JavaScript off.

The browser is Debian's ``chromium`` (``.ci/run`` installs it). Where it or Playwright is
missing the tests are skipped with the reason, unless ``AIGC_GUARD_REQUIRE_BROWSER=1`` (as
in CI), which turns the skip into a failure. The screenshot in the README comes from here
(``AIGC_GUARD_SCREENSHOT=docs/console.png``).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from console_helpers import (
    TOKEN,
    console_with_token,
    demo_traffic,
    jsonl,
    metric_value,
    policy_with,
)
from servers import LiveServer

BASE = "/aigc-guard/console"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _unavailable(reason: str) -> None:
    if os.environ.get("AIGC_GUARD_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests are required here: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -e '.[test]')")
    executable = os.environ.get("AIGC_GUARD_CHROMIUM") or shutil.which("chromium")
    if executable is None:
        _unavailable("no chromium on PATH (Debian: apt-get install chromium)")
    with sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        except Error as exc:
            _unavailable(f"chromium did not start: {exc}")
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def console(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, Path]]:
    with console_with_token(tmp_path_factory.mktemp("console-browser")) as running:
        yield running


@pytest.fixture()
def page(browser: Any, console: tuple[LiveServer, Path]) -> Iterator[Any]:
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1360, "height": 900}, locale="en-US"
    )
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


def submit(page: Any, target: Any) -> None:
    """Click ``target`` (a selector or a locator) and wait for the page it loads: ``page.url``
    changes when the next page commits, before its rows are parsed."""
    with page.expect_navigation():
        (page.locator(target) if isinstance(target, str) else target).click()


def sign_in(page: Any, token: str = TOKEN) -> None:
    page.fill("input[name=name]", "Li Wei")
    page.fill("input[name=token]", token)
    submit(page, "button:has-text('Sign in with token')")


def false_positives(page: Any, server: LiveServer) -> float:
    """``aigc_guard_reviews_total`` for A3-watch false positives, from ``/metrics``."""
    text = page.request.get(server.url + "/metrics").text()
    return metric_value(
        text, "aigc_guard_reviews_total", verdict="false_positive", category="A3-watch"
    )


def test_login_is_required(page: Any, console: tuple[LiveServer, Path]) -> None:
    server, _ = console
    response = page.goto(server.url + BASE + "/decisions")
    assert response.status == 401
    assert page.locator("input[name=token]").is_visible()
    assert page.locator("tr.decision").count() == 0
    sign_in(page, token="wrong")
    assert page.locator("[role=alert]").inner_text() == "Wrong credentials."
    sign_in(page)
    assert page.url == server.url + BASE + "/decisions"  # back where the visit started
    assert page.locator("header .who span").inner_text() == "Li Wei (token)"


def test_review_after_demo_traffic(
    page: Any, console: tuple[LiveServer, Path], tmp_path: Path
) -> None:
    server, state = console
    demo_traffic(server, state)
    page.goto(server.url + BASE + "/decisions")
    sign_in(page)

    rows = page.locator("tr.decision")
    blocked = page.locator("tr.decision:has(.badge.block)")
    assert blocked.count() == 3
    for index in range(blocked.count()):
        assert "A1-h" in blocked.nth(index).locator(".categories").inner_text()
    assert page.locator("tr.decision mark").count() >= 5

    page.select_option("select[name=category]", "A3-watch")
    submit(page, "button:has-text('Filter')")
    assert "category=A3-watch" in page.url
    assert rows.count() == 2
    assert all("A3-watch" in rows.nth(i).inner_text() for i in range(rows.count()))

    output = page.locator("tr.decision:has-text('output')").first
    seq = output.get_attribute("data-seq")
    before = false_positives(page, server)
    submit(page, output.locator("button:has-text('False positive')"))
    assert "category=A3-watch" in page.url  # back on the filtered list
    marked = page.locator(f"tr.decision[data-seq='{seq}']")
    assert "false positive" in marked.locator(".verdict").inner_text()
    assert marked.locator("button:has-text('False positive')").is_disabled()

    page.select_option("select[name=category]", "")
    page.select_option("select[name=review]", "false_positive")
    submit(page, "button:has-text('Filter')")
    assert [rows.nth(i).get_attribute("data-seq") for i in range(rows.count())] == [seq]

    assert false_positives(page, server) == before + 1
    exported = page.request.get(server.url + BASE + "/export.jsonl?verdict=false_positive")
    assert exported.status == 200
    assert [(r["seq"], r["label"]) for r in jsonl(exported.text())] == [(int(seq), 0)]

    # The README's picture: AIGC_GUARD_SCREENSHOT=docs/console.png pytest -k demo_traffic
    shot = Path(os.environ.get("AIGC_GUARD_SCREENSHOT") or tmp_path / "console.png")
    page.goto(server.url + BASE + "/decisions")
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000


def test_overview_and_complaints(page: Any, console: tuple[LiveServer, Path]) -> None:
    server, _ = console
    page.goto(server.url + BASE)
    sign_in(page)
    by_category = page.locator("section.window").first.locator("table[data-by=category]")
    assert "A1-h" in by_category.inner_text()

    ticket = page.request.post(
        server.url + "/aigc-guard/v1/complaints",
        data={"about": "dec_demo", "reason": "<i>not</i> harmful"},
    ).json()["ticket_id"]
    submit(page, "nav a:has-text('Complaints')")
    row = page.locator(f"tr[data-ticket='{ticket}']")
    assert row.locator(".reason").inner_text() == "<i>not</i> harmful"  # shown, not rendered
    row.locator("select[name=status]").select_option("in_review")
    submit(page, row.locator("button:has-text('Set')"))
    assert page.locator(f"tr[data-ticket='{ticket}'] select[name=status]").input_value() == (
        "in_review"
    )


def test_auto_refresh_needs_javascript_and_is_remembered(browser: Any, tmp_path: Path) -> None:
    policy = policy_with(tmp_path, "compliance:\n  console: {refresh_seconds: 1}\n")
    with console_with_token(tmp_path, policy) as (server, _):
        context = browser.new_context()  # JavaScript on
        context.set_default_timeout(10_000)
        page = context.new_page()
        page.goto(server.url + BASE)
        sign_in(page)
        box = page.locator("#auto-refresh")
        assert not box.is_checked()
        with page.expect_navigation(timeout=5_000):
            box.check()
        assert page.locator("#auto-refresh").is_checked()  # remembered across the reload
        context.close()
