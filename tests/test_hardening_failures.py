"""Finding 7: failures are loud — logged with their cause, counted by kind, survived."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest
from scripted import Scripted, answer, call, guarded

from aigc_guard import metrics
from aigc_guard.cli import main as cli
from aigc_guard.compliance.audit import AuditLog, AuditRecord
from aigc_guard.engine import scan_texts
from aigc_guard.errors import PolicyError
from aigc_guard.policy.loader import load_policy
from aigc_guard.policy.schema import Direction
from aigc_guard.policy.store import PolicyStore


def errors(classifier: str, kind: str) -> float:
    return metrics.CLASSIFIER_ERRORS.labels(classifier, kind)._value.get()


def test_a_classifier_bug_is_logged_with_its_traceback_and_counted(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    app = guarded(Scripted([answer({"role": "assistant", "content": "ok"})]))
    lexicon = app.store.current.classifiers["banned"]

    def broken(text: str, start: int = 0):  # type: ignore[no-untyped-def]
        raise KeyError("a bug")

    monkeypatch.setattr(lexicon, "scan", broken)
    before = errors("banned", "exception")
    with caplog.at_level(logging.WARNING, "aigc_guard.engine"):
        response = call(app)
    assert response.json()["choices"][0]["finish_reason"] == "content_filter"  # fail closed
    assert errors("banned", "exception") == before + 1  # the prompt, refused at once
    logged = [r for r in caplog.records if r.name == "aigc_guard.engine"]
    assert logged and logged[0].exc_info is not None and "KeyError" in caplog.text
    assert "a bug" not in response.text  # the client sees a refusal, never the cause


def test_audit_writer_survives_errors_and_counts_what_it_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = AuditLog(tmp_path / "a.sqlite3")
    real = log.append_now
    failures = [ValueError("disk"), ValueError("disk"), ValueError("disk")]

    def flaky(records, conn):  # type: ignore[no-untyped-def]
        if failures:
            raise failures.pop()
        return real(records, conn)

    monkeypatch.setattr(log, "append_now", flaky)
    lost = metrics.AUDIT_LOST.labels("write_error")._value.get()
    log.append(AuditRecord(decision_id="lost"))
    log.flush()  # returns: the batch failed twice and was counted
    assert metrics.AUDIT_LOST.labels("write_error")._value.get() == lost + 1
    log.append(AuditRecord(decision_id="kept"))  # the third failure, then a retry that works
    log.flush()
    assert [r["decision_id"] for r in log.export()] == ["kept"]
    assert log.verify().intact


def write_policy(folder: Path, terms: str, extra: str = "") -> Path:
    (folder / "terms.txt").write_text(terms, encoding="utf-8")
    path = folder / "policy.yaml"
    path.write_text(
        "version: 1\nname: t\nclassifiers:\n"
        f"  banned: {{type: lexicon, files: [terms.txt], category: A1-h{extra}}}\n"
        "rules:\n  - {when: {category: A1-h}, action: block}\n",
        encoding="utf-8",
    )
    return path


def test_an_emptied_lexicon_is_refused_as_a_reload(tmp_path: Path) -> None:
    path = write_policy(tmp_path, "炸弹\n")
    store = PolicyStore.of(path)
    version = store.current.version
    (tmp_path / "terms.txt").write_text("", encoding="utf-8")
    assert store.reload() is False and store.current.version == version
    with pytest.raises(PolicyError, match="no terms") as caught:
        load_policy(path)
    assert caught.value.line == 4 and "allow_empty" in str(caught.value)
    write_policy(tmp_path, "", ", allow_empty: true")
    assert store.reload() is True


def test_the_version_changes_when_a_lexicon_changes(tmp_path: Path) -> None:
    path = write_policy(tmp_path, "炸弹\n")
    first = load_policy(path).version
    (tmp_path / "terms.txt").write_text("炸弹\n冰毒\n", encoding="utf-8")
    assert load_policy(path).version != first


def test_a_reload_that_crashes_keeps_the_policy_and_is_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    store = PolicyStore.of(write_policy(tmp_path, "炸弹\n"))
    good = store.current

    def crash(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("not a policy error")

    monkeypatch.setattr("aigc_guard.policy.store.load_policy", crash)
    failures = metrics.POLICY_RELOADS.labels("failure")._value.get()
    assert store.reload() is False and store.current is good
    assert metrics.POLICY_RELOADS.labels("failure")._value.get() == failures + 1
    assert "not a policy error" in caplog.text


def test_the_watcher_survives_a_failing_round(tmp_path: Path) -> None:
    path = write_policy(tmp_path, "炸弹\n")
    store = PolicyStore.of(path)
    rounds: list[str] = []
    real = store._watch_once

    async def flaky(debounce_ms: int, stop: asyncio.Event) -> None:
        if not rounds:
            rounds.append("failed")
            raise OSError("inotify gone")
        rounds.append("watching")
        await real(debounce_ms, stop)

    store._watch_once = flaky  # type: ignore[method-assign]

    async def go() -> bool:
        store.start_watching(debounce_ms=50)
        await asyncio.sleep(1.5)  # the failed round, its 1 s pause, then a real round
        first = store.current.version
        (tmp_path / "terms.txt").write_text("炸弹\n冰毒\n", encoding="utf-8")
        for _ in range(100):  # bounded: 10 s
            if store.current.version != first:
                break
            await asyncio.sleep(0.1)
        await store.stop_watching()
        return store.current.version != first

    assert asyncio.run(go()) and rounds[0] == "failed"


@pytest.mark.parametrize("upstream", ["127.0.0.1:18110", "ftp://x", "http://", "http://h/?q=1"])
def test_serve_refuses_an_upstream_it_cannot_use(
    upstream: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["serve", "--upstream", upstream]) == 2
    assert repr(upstream) in capsys.readouterr().err


def test_scan_failures_never_block_a_large_benign_text_for_its_size() -> None:
    policy = load_policy(Path(__file__).parent / "policies" / "test.yaml")
    text = "这是一段很长的普通文字，没有任何问题。" * 20_000  # ~380,000 characters
    outcome = asyncio.run(scan_texts(policy, [text], Direction.OUTPUT))
    assert outcome.decision.action.value == "allow"


def test_a_full_model_queue_fails_by_the_mode_and_is_counted() -> None:
    from aigc_guard.batching import MicroBatcher, Overloaded

    batcher: MicroBatcher[int] = MicroBatcher(
        "q", lambda texts: [len(t) for t in texts], max_queue=2
    )

    async def go() -> None:
        assert await batcher.submit(["a", "bb"]) == [1, 2]
        with pytest.raises(Overloaded):
            await batcher.submit(["a", "b", "c"])

    asyncio.run(go())


def test_a_batcher_cancelled_as_a_text_arrives_ends_at_once() -> None:
    """Cancelling a batcher's dispatcher ends it, even when a text reached its queue in the same
    turn of the loop (``asyncio.wait_for`` on Python 3.11 returns that text and drops the
    cancellation: the dispatcher then idled for 30 s, and so did every shutdown)."""
    from aigc_guard.batching import MicroBatcher

    batcher: MicroBatcher[int] = MicroBatcher("q", lambda texts: [len(t) for t in texts])

    async def go() -> None:
        loop = asyncio.get_running_loop()
        assert await batcher.submit(["a"]) == [1]  # the dispatcher now waits for the next text
        state = batcher._loops[loop]
        state.queue.put_nowait(("bb", loop.create_future(), 0.0))
        state.task.cancel()
        for _ in range(20):
            await asyncio.sleep(0)
        assert state.task.cancelled(), state.task

    asyncio.run(go())


def test_hash_key_without_its_key_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("AIGC_GUARD_TENANT_KEY", raising=False)
    assert cli(["policy", "hash-key", "sk-123"]) == 2
    assert "AIGC_GUARD_TENANT_KEY" in capsys.readouterr().err
    monkeypatch.setenv("AIGC_GUARD_TENANT_KEY", "k")
    assert cli(["policy", "hash-key", "sk-123"]) == 0
    assert len(capsys.readouterr().out.strip()) == 64


def test_forwarded_answers_carry_one_date_and_one_server(upstream) -> None:  # type: ignore[no-untyped-def]
    import httpx
    from conftest import TEST_POLICY
    from servers import LiveServer

    from aigc_guard.server import create_proxy_app

    with LiveServer(create_proxy_app(upstream.url, TEST_POLICY)) as proxy:
        for path in ("/v1/models", "/v1/chat/completions"):
            response = httpx.post(
                proxy.url + path,
                json={"model": "m", "messages": [{"role": "user", "content": "hi"}]},
            )
            assert len(response.headers.get_list("date")) == 1, path
            assert len(response.headers.get_list("server")) == 1, path


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (
            "version: 1\nclassifiers:\n  lex: {type: lexicon, terms: [x]}\nrules:\n"
            "  - when: {classifier: lex}\n    acton: block\n",
            6,
            "unknown key 'acton' (did you mean 'action'?)",
        ),
        ("version: 1\nclasifiers:\n  lex: {type: lexicon, terms: [x]}\n", 2, "'classifiers'"),
        (
            "version: 1\nclassifiers:\n  lex:\n    type: lexicon\n    terms: [x]\n"
            "    categroy: A1-h\n",
            6,
            "unknown key 'categroy' (did you mean 'category'?)",
        ),
    ],
)
def test_misspelled_keys_are_named_on_their_line_with_the_nearest_valid_key(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    assert caught.value.line == line and message in str(caught.value)


def test_a_missing_lexicon_file_names_the_policy_line_too(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(
        "version: 1\nclassifiers:\n  lex:\n    type: lexicon\n    files: [nothere.txt]\n",
        encoding="utf-8",
    )
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    error = caught.value
    assert (error.file, error.line, error.field) == (str(path), 5, "classifiers.lex.files")
    assert "nothere.txt" in error.reason


def test_commands_start_quietly_and_help_lists_every_command() -> None:
    import subprocess
    import sys

    repo = Path(__file__).parent.parent
    env = {
        k: v
        for k, v in __import__("os").environ.items()
        if not k.startswith(("HF_", "TRANSFORMERS_"))
    }
    scan = subprocess.run(
        [sys.executable, "-m", "aigc_guard.cli", "scan", "hello"],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert scan.returncode == 0 and '"action": "allow"' in scan.stdout
    assert "Loading weights" not in scan.stderr and "it/s" not in scan.stderr
    helped = subprocess.run(
        [sys.executable, "-m", "aigc_guard.cli", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    for command in ("serve", "demo", "scan", "eval", "policy", "label", "audit"):
        assert command in helped.split("positional arguments:")[0]


def test_eval_finds_a_text_column_and_names_a_missing_one_before_loading_models(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "d.csv"
    data.write_text("body,label\n你好,0\n", encoding="utf-8")
    assert cli(["eval", "--data", str(data)]) == 2
    assert "no column 'text'" in capsys.readouterr().err
    data.write_text("text,label\n你好,0\n炸弹制作,1\n", encoding="utf-8")
    policy = Path(__file__).parent / "policies" / "test.yaml"
    assert cli(["eval", "--data", str(data), "--policy", str(policy)]) == 0
    assert '"accuracy": 1.0' in capsys.readouterr().out


def test_a_failed_demo_leaves_no_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    broken = tmp_path / "broken.yaml"
    broken.write_text("version: 1\nrules: [\n", encoding="utf-8")
    assert cli(["demo", "--policy", str(broken)]) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["broken.yaml"]


def test_cn_public_needs_its_audit_key_to_serve_but_not_to_be_read(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    policy = str(Path(__file__).parent.parent / "policies" / "cn-tc260.yaml")
    monkeypatch.delenv("AIGC_GUARD_AUDIT_KEY")
    assert cli(["policy", "coverage", policy, "--summary"]) == 0
    assert cli(["serve", "--upstream", "http://127.0.0.1:9", "--policy", policy]) == 2
    assert "AIGC_GUARD_AUDIT_KEY" in capsys.readouterr().err


def test_commands_that_judge_no_text_load_no_model(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from aigc_guard.classifiers import transformer

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("a model was loaded")

    monkeypatch.setattr(transformer.TransformersClassifier, "build", classmethod(refuse))
    default = str(Path(__file__).parent.parent / "policies" / "default.yaml")
    assert cli(["policy", "coverage", default, "--summary"]) == 0
    assert "keywords" in capsys.readouterr().out
    with pytest.raises(AssertionError, match="a model was loaded"):
        load_policy(default)  # judging text does load it


def test_cn_tc260_keeps_its_audit_database_outside_policies() -> None:
    from aigc_guard.compliance.runtime import audit_target

    repo = Path(__file__).parent.parent
    path = audit_target(load_policy(repo / "policies" / "cn-tc260.yaml", models=False))
    assert (repo / "policies").resolve() not in path.resolve().parents


def test_a_policy_has_one_version_wherever_it_is_checked_out(tmp_path: Path) -> None:
    import shutil

    here = Path(__file__).parent.parent / "policies"
    shutil.copytree(here, tmp_path / "policies")
    moved = load_policy(tmp_path / "policies" / "cn-tc260.yaml", models=False).version
    assert moved == load_policy(here / "cn-tc260.yaml", models=False).version
