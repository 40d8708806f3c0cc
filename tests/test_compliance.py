"""Compliance with the openai SDK as the client: labels, audit records, complaints, measures."""

from __future__ import annotations

import json
import multiprocessing
import os
import sqlite3
import time
from pathlib import Path

import httpx
import openai
import pytest
from servers import LiveServer

from aigc_guard.cli import main as cli
from aigc_guard.compliance.audit import AuditLog, AuditRecord, open_audit_log
from aigc_guard.compliance.labels import FIELDS, answer_content, verify
from aigc_guard.errors import PolicyError
from aigc_guard.policy.loader import load_policy
from aigc_guard.server import create_proxy_app

REPO = Path(__file__).parent.parent
ID_NUMBER = "11010519491231002X"
LABEL = "【本内容由人工智能生成】"
KEY = "test-label-key"


def cn_policy(
    folder: Path, *, position: str = "end", extra: str = "", measures: bool = True
) -> Path:
    text = f"""version: 1
name: cn-test
mode: cn_public
classifiers:
  banned: {{type: lexicon, terms: [炸弹制作, 冰毒], category: A1-h}}
  pii: {{type: pii, entities: [cn_resident_id]}}
rules:
  - {{id: block-a1, when: {{category: "A1-*"}}, action: block}}
  - {{id: redact-pii, when: {{classifier: pii}}, direction: output, action: redact}}
compliance:
  explicit_label: {{position: {position}, text: {{zh: "{LABEL}", en: "[AI生成 AI-generated]"}}}}
  implicit_label:
    {{content_producer: TEST-PRODUCER-1, hmac_key_env: AIGC_TEST_LABEL_KEY, header: true}}
  audit: {{path: audit.sqlite3, retention_days: 180, evidence: {{enabled: true}}}}
  complaints: {{contact: complaints@example.com, deadline_days: 10}}
  service: {{name: Test service, model: fake, filing_number: TEST-FILING-1}}
  user_measures:
    {{enabled: {str(measures).lower()}, suspend_after_consecutive: 3, suspend_minutes: 0.03}}
{extra}"""
    path = folder / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture()
def cn_proxy(tmp_path: Path, upstream: LiveServer, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("AIGC_TEST_LABEL_KEY", KEY)
    with LiveServer(create_proxy_app(upstream.url, cn_policy(tmp_path))) as proxy:
        yield proxy


def client(proxy: LiveServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=proxy.url + "/v1", api_key="sk-user-1", max_retries=0)


def ask(proxy: LiveServer, answer: str, mode: str = "", **kwargs):  # type: ignore[no-untyped-def]
    return client(proxy).chat.completions.with_raw_response.create(
        model="fake",
        messages=[{"role": "user", "content": kwargs.pop("prompt", "hi")}],
        extra_headers={
            "x-fake-answer": json.dumps(answer),
            "x-fake-mode": mode,
            **kwargs.pop("headers", {}),
        },
        **kwargs,
    )


def test_json_answer_carries_both_labels_and_a_valid_signature(
    cn_proxy: LiveServer, tmp_path: Path
) -> None:
    raw = ask(cn_proxy, "今天天气很好。")
    body = json.loads(raw.text)
    content = body["choices"][0]["message"]["content"]
    assert content == "今天天气很好。\n" + LABEL and content.count(LABEL) == 1
    fields = body["aigc"]["AIGC"]
    assert list(fields) == list(FIELDS)
    assert fields["Label"] == "1" and fields["ContentProducer"] == "TEST-PRODUCER-1"
    assert all(v.isascii() and " " not in v and '"' not in v for v in fields.values())
    assert json.loads(raw.headers["aigc"]) == fields
    assert verify(body["aigc"], answer_content(body), KEY.encode())
    answer = tmp_path / "answer.json"
    answer.write_text(raw.text, encoding="utf-8")
    assert cli(["label", "verify", str(answer), "--key-env", "AIGC_TEST_LABEL_KEY"]) == 0
    body["choices"][0]["message"]["content"] = content.replace("很好", "很坏")
    answer.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    assert cli(["label", "verify", str(answer), "--key-env", "AIGC_TEST_LABEL_KEY"]) == 1


def test_produce_ids_are_unique(cn_proxy: LiveServer) -> None:
    ids = {json.loads(ask(cn_proxy, "ok").text)["aigc"]["AIGC"]["ProduceID"] for _ in range(3)}
    assert len(ids) == 3


def test_label_after_redaction_once(cn_proxy: LiveServer) -> None:
    content = json.loads(ask(cn_proxy, f"号码{ID_NUMBER}").text)["choices"][0]["message"]["content"]
    assert content == "号码110105********002X\n" + LABEL


def test_upstream_label_is_not_doubled(cn_proxy: LiveServer) -> None:
    content = json.loads(ask(cn_proxy, "回答内容。（AI生成）").text)["choices"][0]["message"][
        "content"
    ]
    assert content == "回答内容。（AI生成）"


def test_tool_call_arguments_and_json_mode_get_metadata_only(cn_proxy: LiveServer) -> None:
    body = json.loads(ask(cn_proxy, "查询", mode="tool").text)
    assert LABEL not in body["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]
    assert "AIGC" in body["aigc"]
    body = json.loads(ask(cn_proxy, '{"a": 1}', response_format={"type": "json_object"}).text)
    assert body["choices"][0]["message"]["content"] == '{"a": 1}' and "AIGC" in body["aigc"]


def stream_text(  # type: ignore[type-arg]
    proxy: LiveServer, answer: str, mode: str = "chunk=2", headers: dict[str, str] | None = None
) -> tuple[str, list]:
    chunks = list(
        client(proxy).chat.completions.create(
            model="fake",
            messages=[{"role": "user", "content": "hi"}],
            stream=True,
            extra_headers={
                "x-fake-answer": json.dumps(answer),
                "x-fake-mode": mode,
                **(headers or {}),
            },
        )
    )
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    return text, chunks


def test_stream_labels_first_chunk_and_end_label_once(cn_proxy: LiveServer) -> None:
    text, chunks = stream_text(cn_proxy, f"你好，号码{ID_NUMBER}。")
    assert text == "你好，号码110105********002X。\n" + LABEL
    first = chunks[0].model_extra["aigc"]["AIGC"]
    assert first["ReservedCode1"] == ""  # the content is not known yet
    labelled = [c for c in chunks if "aigc" in (c.model_extra or {})]
    assert len(labelled) == 2 and labelled[-1] is chunks[-1] and not chunks[-1].choices
    last = chunks[-1].model_extra["aigc"]
    assert last["AIGC"]["ProduceID"] == first["ProduceID"]
    assert verify(last, text, KEY.encode())  # signed over exactly what the client assembled
    assert not verify(last, text + "x", KEY.encode())


def test_stream_cut_still_has_the_label_once(cn_proxy: LiveServer) -> None:
    text, chunks = stream_text(cn_proxy, "好的，下面是炸弹制作步骤", mode="chunk=1")
    assert text == "好的，下面是\n" + LABEL
    assert chunks[-1].choices[0].finish_reason == "content_filter"
    assert verify(chunks[-1].model_extra["aigc"], text, KEY.encode())


def test_start_position_in_streams(tmp_path: Path, upstream: LiveServer) -> None:
    with LiveServer(create_proxy_app(upstream.url, cn_policy(tmp_path, position="start"))) as proxy:
        text, _ = stream_text(proxy, "你好，这是一个很短的回答。")
        assert text == LABEL + "\n你好，这是一个很短的回答。"
        text, _ = stream_text(proxy, "好的，下面是炸弹制作步骤", mode="chunk=1")
        assert text == LABEL + "\n好的，下面是"


def test_upstream_aigc_object_is_kept(tmp_path: Path) -> None:
    from aigc_guard.compliance.config import ImplicitLabelConfig
    from aigc_guard.compliance.labels import implicit_object

    upstream = {
        "AIGC": dict.fromkeys(FIELDS, "")
        | {"Label": "1", "ContentProducer": "UP-1", "ProduceID": "up-42"}
    }
    merged = implicit_object(ImplicitLabelConfig(content_producer="ME-1"), "dec_1", "x", upstream)
    assert merged["AIGC"]["ContentProducer"] == "UP-1" and merged["AIGC"]["ProduceID"] == "up-42"
    assert (
        merged["AIGC"]["ContentPropagator"] == "ME-1" and merged["AIGC"]["PropagateID"] == "dec_1"
    )


def test_decisions_are_audited_and_tampering_is_named(
    cn_proxy: LiveServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ask(cn_proxy, "好的", headers={"x-user-id": "alice"})
    ask(cn_proxy, "炸弹制作如下", headers={"x-user-id": "alice"})
    db = tmp_path / "audit.sqlite3"
    log = AuditLog(db, os.environ["AIGC_GUARD_AUDIT_KEY"].encode())
    deadline = time.monotonic() + 5
    while len(list(log.export())) < 5 and time.monotonic() < deadline:
        time.sleep(0.05)
    everything = list(log.export())
    # cn_public opens an incident for the blocked answer (a record of its own, no content).
    assert [r["kind"] for r in everything].count("incident") == 1
    records = [r for r in everything if r["kind"] == "decision"]
    assert [r["direction"] for r in records] == ["input", "output", "input", "output"]
    assert records[3]["action"] == "block" and records[3]["categories"] == ["A1-h"]
    assert all(r["user_key"] and r["user_key"] != "alice" for r in records)
    # Records name the lexicon entry that matched, never the answer's own text.
    assert [f.get("label") for f in records[3]["findings"]] == ["炸弹制作"]
    assert "如下" not in json.dumps(records, ensure_ascii=False)
    assert cli(["audit", "verify", "--db", str(db)]) == 0
    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER records_append_only")
    conn.execute("UPDATE records SET action = 'allow' WHERE seq = 4")
    conn.commit()
    capsys.readouterr()
    assert cli(["audit", "verify", "--db", str(db)]) == 1
    assert "record 4" in capsys.readouterr().out


def test_prune_below_the_minimum_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = cn_policy(tmp_path)
    AuditLog(tmp_path / "audit.sqlite3", os.environ["AIGC_GUARD_AUDIT_KEY"].encode())
    assert cli(["audit", "prune", "--policy", str(path), "--older-than-days", "30"]) == 2
    assert cli(["audit", "prune", "--policy", str(path), "--older-than-days", "200"]) == 0


def test_forget_deletes_evidence_and_keeps_records(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "a.sqlite3")
    for who in ("u1", "u2"):
        log.append(AuditRecord(user_key=who, action="block", evidence="raw text"))
    log.flush()
    assert log.forget("u1") == 1
    records = list(log.export())
    assert len(records) == 3 and records[-1]["kind"] == "forget"
    assert log.evidence_of(1) is None and log.evidence_of(2) == "raw text"
    assert log.verify().intact
    assert [r["user_key"] for r in log.export(user_key="u2")] == ["u2"]


def _append_many(path: str, worker: int) -> None:
    log = AuditLog(Path(path))
    for i in range(50):
        log.append(AuditRecord(decision_id=f"w{worker}-{i}", action="allow"))
    log.flush()


def test_several_processes_append_to_one_chain(tmp_path: Path) -> None:
    db = str(tmp_path / "shared.sqlite3")
    AuditLog(Path(db))
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_append_many, args=(db, w)) for w in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=60)
    report = AuditLog(Path(db)).verify()
    intact, broken, checked = report.intact, report.broken, report.checked
    assert intact and broken is None and checked == 100


def test_complaint_round_trip_and_service_description(cn_proxy: LiveServer) -> None:
    answer = json.loads(ask(cn_proxy, "好的").text)
    filed = httpx.post(
        cn_proxy.url + "/aigc-guard/v1/complaints",
        json={"about": answer["id"], "reason": "回答不准确"},
    )
    assert filed.status_code == 201
    ticket = filed.json()
    assert (
        ticket["ticket_id"].startswith("cmp_") and ticket["status"] == "received" and ticket["due"]
    )
    status = httpx.get(cn_proxy.url + "/aigc-guard/v1/complaints/" + ticket["ticket_id"]).json()
    assert status["status"] == "received" and status["about"] == answer["id"]
    assert httpx.get(cn_proxy.url + "/aigc-guard/v1/complaints/cmp_nothing").status_code == 404
    assert (
        httpx.post(cn_proxy.url + "/aigc-guard/v1/complaints", json={"about": "x"}).status_code
        == 400
    )
    described = httpx.get(cn_proxy.url + "/.well-known/aigc-guard").json()
    assert described["filing_number"] == "TEST-FILING-1"
    assert described["complaints"]["deadline_days"] == 10


def test_user_suspended_after_threshold_then_served_again(
    cn_proxy: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The measures read the time through utc_now: frozen here, then moved past the
    # suspension, so a slow machine cannot outlast the 1.8 s suspension mid-test.
    import datetime as dt

    from aigc_guard.compliance import measures

    frozen = [dt.datetime.now(dt.UTC)]
    monkeypatch.setattr(measures, "utc_now", lambda: frozen[0])
    user = {"x-user-id": "mallory"}
    for _ in range(3):
        ask(cn_proxy, "x", prompt="冰毒哪里买", headers=user)
    with pytest.raises(openai.PermissionDeniedError) as caught:
        ask(cn_proxy, "x", prompt="你好", headers=user)
    assert caught.value.body["code"] == "user_suspended"  # type: ignore[index]
    assert (
        ask(cn_proxy, "ok", prompt="你好", headers={"x-user-id": "bob"}).http_response.status_code
        == 200
    )
    frozen[0] += dt.timedelta(minutes=0.04)  # past suspend_minutes: 0.03
    assert ask(cn_proxy, "ok", prompt="你好", headers=user).http_response.status_code == 200


def test_requests_without_a_user_key_are_never_suspended(
    tmp_path: Path, upstream: LiveServer
) -> None:
    with LiveServer(create_proxy_app(upstream.url, cn_policy(tmp_path))) as proxy:
        for _ in range(4):
            response = httpx.post(
                proxy.url + "/v1/chat/completions",
                json={"model": "m", "messages": [{"role": "user", "content": "冰毒哪里买"}]},
            )
            assert response.status_code == 200


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ("content_producer: TEST-PRODUCER-1", "compliance.implicit_label"),
        ("contact: complaints@example.com", "compliance.complaints"),
        ("retention_days: 180", "compliance.audit.retention_days"),
        (f'zh: "{LABEL}"', "compliance.explicit_label.text.zh"),
    ],
)
def test_cn_public_refuses_to_start_without_its_requirements(
    tmp_path: Path, change: str, field: str
) -> None:
    path = cn_policy(tmp_path)
    replacement = {
        "retention_days: 180": "retention_days: 90",
        f'zh: "{LABEL}"': 'zh: "本内容仅供参考"',
    }
    text = path.read_text(encoding="utf-8").replace(change, replacement.get(change, ""))
    path.write_text(text.replace("{, ", "{").replace(", }", "}"), encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    assert caught.value.field == field and caught.value.line is not None


def test_shipped_cn_policy_loads_and_coverage_is_honest(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["policy", "coverage", str(REPO / "policies" / "cn-tc260.yaml")]) == 0
    report = json.loads(capsys.readouterr().out)
    assert len(report["risks"]) == 31 and report["meets_tc260_8_1"] is False
    assert report["keywords_total"] > 3000
    # Nothing judges accuracy (A5-a); a phrase classifier covers A1-a without a keyword.
    assert any(line.startswith("A5-a") for line in report["uncovered_risks"])
    assert report["risks"]["A1-a"]["keywords"] == 0
    assert "core_values" in report["risks"]["A1-a"]["classifiers"]
    assert "pii" in report["risks"]["A4-f"]["classifiers"]
    # Classifiers the command does not run still cover what they report: phrase patterns are
    # built, a shipped head's risk categories are read from its head.json.
    privacy = report["risks"]["A4-e"]["classifiers"]
    assert {"harm_phrases", "harmful_request"} <= set(privacy), privacy
    assert not any(line.startswith("A4-e") for line in report["uncovered_risks"])


def test_ladder_warns_then_limits(tmp_path: Path, upstream: LiveServer) -> None:
    path = cn_policy(tmp_path)
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "suspend_after_consecutive: 3,",
            "suspend_after_consecutive: 5, limit_after: 2, limit_per_minute: 2,",
        ),
        encoding="utf-8",
    )
    with LiveServer(create_proxy_app(upstream.url, path)) as proxy:
        first = ask(proxy, "x", prompt="冰毒哪里买", headers={"x-user-id": "eve"})
        assert first.headers["x-aigc-guard-measure"] == "warn"
        second = ask(proxy, "x", prompt="冰毒哪里买", headers={"x-user-id": "eve"})
        assert second.headers["x-aigc-guard-measure"] == "limit"
        for _ in range(2):
            assert (
                ask(
                    proxy, "ok", prompt="你好", headers={"x-user-id": "eve"}
                ).http_response.status_code
                == 200
            )
        with pytest.raises(openai.RateLimitError) as caught:
            ask(proxy, "ok", prompt="你好", headers={"x-user-id": "eve"})
        assert caught.value.body["code"] == "user_rate_limited"  # type: ignore[index]
    log = AuditLog(tmp_path / "audit.sqlite3", os.environ["AIGC_GUARD_AUDIT_KEY"].encode())
    measures = [r["action"] for r in log.export() if r["kind"] == "measure"]
    assert measures == ["warn", "limit"]


def test_complaint_status_changes_are_audited(tmp_path: Path) -> None:
    from aigc_guard.compliance.complaints import complaint_status, file_complaint, set_status
    from aigc_guard.compliance.config import ComplaintsConfig

    log = AuditLog(tmp_path / "c.sqlite3")
    ticket = file_complaint(log, ComplaintsConfig(), "dec_1", "wrong", "")["ticket_id"]
    assert set_status(log, ticket, "resolved", actor="reviewer")
    assert complaint_status(log, ticket)["status"] == "resolved"  # type: ignore[index]
    assert [r["action"] for r in log.export() if r["kind"] == "complaint"] == [
        "received",
        "resolved",
    ]
    with pytest.raises(ValueError):
        set_status(log, ticket, "lost")


def test_responses_api_answers_are_labelled(cn_proxy: LiveServer) -> None:
    headers = {"x-fake-answer": json.dumps("今天天气很好。")}
    whole = client(cn_proxy).responses.with_raw_response.create(
        model="fake", input="hi", extra_headers=headers
    )
    body = json.loads(whole.text)
    text = body["output"][0]["content"][0]["text"]
    assert text == "今天天气很好。\n" + LABEL
    assert verify(body["aigc"], answer_content(body), KEY.encode())
    stream = client(cn_proxy).responses.create(
        model="fake", input="hi", stream=True, extra_headers={**headers, "x-fake-mode": "chunk=2"}
    )
    events = list(stream)
    deltas = "".join(e.delta for e in events if e.type == "response.output_text.delta")
    assert deltas == "今天天气很好。\n" + LABEL and deltas.count(LABEL) == 1
    created = next(e for e in events if e.type == "response.created")
    assert created.response.model_extra is not None
    assert created.response.model_extra["aigc"]["AIGC"]["ContentProducer"] == "TEST-PRODUCER-1"
    final = events[-1]
    assert final.type == "response.completed" and final.response.output_text == deltas
    assert final.response.model_extra is not None
    assert verify(final.response.model_extra["aigc"], deltas, KEY.encode())


def test_an_upstream_label_comes_back_as_one_object_with_us_as_propagator(
    cn_proxy: LiveServer,
) -> None:
    raw = ask(cn_proxy, "今天天气很好。", mode="aigc")
    body = json.loads(raw.text)
    fields = body["aigc"]["AIGC"]
    assert fields["ContentProducer"] == "UPSTREAM-PRODUCER" and fields["ProduceID"] == "up-42"
    assert fields["ContentPropagator"] == "TEST-PRODUCER-1"
    assert fields["PropagateID"] == raw.headers["x-aigc-guard-decision"]
    assert json.dumps(body, ensure_ascii=False).count('"AIGC"') == 1  # never a second object
    _, chunks = stream_text(cn_proxy, "你好，这是回答。", mode="aigc,chunk=2")
    objects = [c.model_extra["aigc"]["AIGC"] for c in chunks if "aigc" in (c.model_extra or {})]
    assert objects, "the stream carries the implicit label"
    for found in objects:  # every copy keeps the producer and names us as propagator
        assert found["ContentProducer"] == "UPSTREAM-PRODUCER" and found["ProduceID"] == "up-42"
        assert found["ContentPropagator"] == "TEST-PRODUCER-1" and found["PropagateID"]


def test_a_waived_tenant_gets_no_visible_label_but_the_metadata_and_an_audit_record(
    tmp_path: Path, upstream: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aigc_guard.policy.compiled import api_key_hash

    monkeypatch.setenv("AIGC_TEST_LABEL_KEY", KEY)
    monkeypatch.setenv("AIGC_GUARD_TENANT_KEY", "tenant-hash-key")
    partner_key = api_key_hash("sk-partner", "AIGC_GUARD_TENANT_KEY")
    extra = f"""tenants:
  header: x-tenant
  entries:
    - name: partner
      header_values: [partner]
      api_key_hashes: ["{partner_key}"]
      explicit_label_waiver: {{agreement: "DPA-2026-017 (2026-10-01)"}}
"""
    partner = {"authorization": "Bearer sk-partner"}
    with LiveServer(create_proxy_app(upstream.url, cn_policy(tmp_path, extra=extra))) as proxy:
        raw = ask(proxy, "今天天气很好。", headers=partner)
        waived = json.loads(raw.text)
        assert waived["choices"][0]["message"]["content"] == "今天天气很好。"  # no visible label
        assert verify(waived["aigc"], answer_content(waived), KEY.encode())  # metadata still
        text, _ = stream_text(proxy, "流式回答。", headers=partner)
        assert text == "流式回答。"
        others = json.loads(ask(proxy, "今天天气很好。").text)
        assert others["choices"][0]["message"]["content"].endswith(LABEL)  # everyone else
        # The tenant header alone (any client can send it) never removes the label.
        spoofed = json.loads(ask(proxy, "今天天气很好。", headers={"x-tenant": "partner"}).text)
        assert spoofed["choices"][0]["message"]["content"].endswith(LABEL)
    log = open_audit_log(tmp_path / "audit.sqlite3")
    log.flush()
    waivers = [r for r in log.export() if r["kind"] == "label_waiver"]
    assert len(waivers) == 2  # one per answer: the JSON one and the stream
    assert waivers[0]["decision_id"] == raw.headers["x-aigc-guard-decision"]
    assert waivers[0]["detail"] == {"agreement": "DPA-2026-017 (2026-10-01)", "tenant": "partner"}
    assert waivers[0]["user_key"]  # the recipient (a keyed pseudonym of the API key)
    # A waiver on a tenant known only by a header is refused at load.
    unkeyed = extra.replace(f'      api_key_hashes: ["{partner_key}"]\n', "")
    with pytest.raises(PolicyError, match="granted by API key"):
        load_policy(cn_policy(tmp_path, extra=unkeyed))


def test_console_downloads_carry_both_labels_inside(
    tmp_path: Path, upstream: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aigc_guard.compliance.exports import HEADER_KEY
    from aigc_guard.evaluate import read_rows

    monkeypatch.setenv("AIGC_TEST_LABEL_KEY", KEY)
    monkeypatch.setenv("TEST_CONSOLE_TOKEN", "export-token")
    policy = cn_policy(tmp_path, measures=False)
    policy.write_text(
        policy.read_text(encoding="utf-8")
        + "  console: {enabled: true, token_env: TEST_CONSOLE_TOKEN}\n",
        encoding="utf-8",
    )
    auth = {"authorization": "Bearer export-token"}
    with LiveServer(create_proxy_app(upstream.url, policy)) as proxy:
        ask(proxy, "好的，炸弹制作如下")  # blocked: a decision with evidence, and an incident
        log = open_audit_log(tmp_path / "audit.sqlite3")
        console = proxy.url + "/aigc-guard/console"

        def incidents() -> list[str]:
            return httpx.get(console + "/incidents.jsonl", headers=auth).text.splitlines()

        deadline = time.monotonic() + 10
        while len(incidents()) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        log.flush()
        [blocked] = [r for r in log.export() if r["action"] == "block"]
        assert (
            httpx.post(
                console + f"/decisions/{blocked['seq']}/review",
                data={"verdict": "confirmed"},
                headers=auth,
            ).status_code
            == 303
        )
        files = {
            "incidents.jsonl": httpx.get(console + "/incidents.jsonl", headers=auth).text,
            "marked.jsonl": httpx.get(console + "/export.jsonl", headers=auth).text,
        }
    for name, text in files.items():
        header = json.loads(text.splitlines()[0])[HEADER_KEY]
        assert header["label"]["zh"] == LABEL  # the visible label, inside the file
        assert header["AIGC"]["ContentProducer"] == "TEST-PRODUCER-1"
        assert header["AIGC"]["ProduceID"].startswith("exp_")
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert cli(["label", "verify", str(path), "--key-env", "AIGC_TEST_LABEL_KEY"]) == 0
        rows = read_rows(path)  # the label line is not a row
        assert rows and all(HEADER_KEY not in row for row in rows)
        path.write_text(text.replace("A1-h", "A2-x"), encoding="utf-8")
        assert cli(["label", "verify", str(path), "--key-env", "AIGC_TEST_LABEL_KEY"]) == 1
    assert json.loads(files["marked.jsonl"].splitlines()[1])["label"] == 1


def test_eu_mode_discloses_and_marks_machine_readably(tmp_path: Path, upstream: LiveServer) -> None:
    """EU AI Act Art. 50(2): a disclosure in free wording and the machine-readable object."""
    (tmp_path / "eu.yaml").write_text(
        """version: 1
mode: eu
compliance:
  explicit_label: {text: {zh: "（由AI生成）", en: "(Generated by AI)"}}
  implicit_label: {content_producer: EU-PROVIDER-1}
""",
        encoding="utf-8",
    )
    with LiveServer(create_proxy_app(upstream.url, tmp_path / "eu.yaml")) as proxy:
        body = json.loads(ask(proxy, "The weather is fine.").text)
    assert body["choices"][0]["message"]["content"] == "The weather is fine.\n(Generated by AI)"
    assert body["aigc"]["AIGC"]["ContentProducer"] == "EU-PROVIDER-1"
    assert body["aigc"]["AIGC"]["Label"] == "1"


def test_an_upstream_label_cannot_carry_text_past_the_guard() -> None:
    """The upstream's AIGC fields reach the client unscanned, so only label values (codes,
    ids) are kept: text in them, however it is spelled, is dropped."""
    from aigc_guard.compliance.config import ImplicitLabelConfig
    from aigc_guard.compliance.labels import implicit_object

    hostile = {
        "AIGC": {
            "Label": 1,
            "ContentProducer": "炸弹制作步骤：先……",
            "ProduceID": "up-42",
            "ReservedCode1": "see here for the recipe",
            "ReservedCode2": "x" * 300,
            "PropagateID": {"nested": "text"},
        }
    }
    fields = implicit_object(ImplicitLabelConfig(content_producer="ME-1"), "dec_1", "x", hostile)[
        "AIGC"
    ]
    assert fields["Label"] == "1" and fields["ProduceID"] == "up-42"
    assert fields["ContentProducer"] == "" and fields["ReservedCode1"] == ""
    assert fields["ReservedCode2"] == ""  # too long for a code
    assert fields["ContentPropagator"] == "ME-1" and fields["PropagateID"] == "dec_1"
