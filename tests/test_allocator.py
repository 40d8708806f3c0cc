"""Process memory tuning: the start-up heap leaves the collector's walk, and `serve`'s app
factory does that once the policy is loaded."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest

from aigc_guard import server
from aigc_guard.allocator import collector_paused, freeze_startup_heap
from aigc_guard.classifiers import lexicon
from aigc_guard.policy.loader import load_policy

POLICIES = Path(__file__).parent / "policies"


def test_freeze_moves_live_objects_out_of_the_collector() -> None:
    keep = [[i] for i in range(1000)]  # tracked containers alive now
    try:
        frozen = freeze_startup_heap()
        assert frozen >= len(keep) and gc.get_freeze_count() == frozen
        assert not any(x is keep[0] for x in gc.get_objects())  # out of the collector's walk
    finally:
        gc.unfreeze()
    assert gc.get_freeze_count() == 0


def test_serve_freezes_after_the_policy_is_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    order: list[str] = []
    real = server.create_proxy_app

    def built(*args: object, **kwargs: object) -> object:
        app = real(*args, **kwargs)  # type: ignore[arg-type]
        order.append("app")
        return app

    monkeypatch.setattr(server, "create_proxy_app", built)
    monkeypatch.setattr(server, "freeze_startup_heap", lambda: order.append("freeze") or 0)
    settings = server.ServeSettings(
        upstream="http://127.0.0.1:9", policy=str(POLICIES / "test.yaml")
    )
    server.create_app_from_settings(settings)
    assert order == ["app", "freeze"]


def test_the_collector_is_paused_while_a_policy_is_built_and_resumes_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    real = lexicon.read_term_file

    def spying(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(lexicon, "read_term_file", spying)
    (tmp_path / "terms.txt").write_text("bad\n", encoding="utf-8")
    (tmp_path / "p.yaml").write_text(
        "version: 1\nclassifiers:\n  lex: {type: lexicon, files: [terms.txt]}\n", encoding="utf-8"
    )
    assert gc.isenabled()
    load_policy(tmp_path / "p.yaml")
    assert seen == [False]
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # one that was off stays off
    finally:
        gc.enable()
