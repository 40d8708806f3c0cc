"""Commands: serve, demo, scan, eval, policy (check, schema, hash-key), label verify, trace,
evidence (export, verify) and audit (verify, head, export, forget, prune, migrate, copy)."""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from .errors import MissingDependency, PolicyError

if TYPE_CHECKING:
    from .server import ServeSettings

__all__ = ["main"]

DEFAULT_POLICY = Path("policies/default.yaml")


def _policy_path(value: str | None) -> Path:
    if value:
        return Path(value)
    if DEFAULT_POLICY.exists():
        return DEFAULT_POLICY
    raise PolicyError(
        "no --policy given and policies/default.yaml is not in the current folder; "
        "run from the repository root or pass --policy FILE"
    )


def _configure_logging(level: str) -> None:
    logging.basicConfig(
        level=level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .compliance.runtime import runtime_for
    from .policy.loader import load_policy
    from .proxy import validate_upstream
    from .server import ServeSettings, create_app_from_settings

    _configure_logging(args.log_level)
    try:
        validate_upstream(args.upstream)
    except ValueError as exc:
        print(f"aigc-guard: {exc}", file=sys.stderr)
        return 2
    policy_path = _policy_path(args.policy)
    policy = load_policy(policy_path)  # fail here, with file and line, not in a worker
    runtime_for(policy)  # and what it needs to run (the audit key of cn_public)
    settings = ServeSettings(
        upstream=args.upstream,
        policy=str(policy_path.resolve()),
        timeout=args.timeout,
        connect_timeout=args.connect_timeout,
        deadline=args.deadline,
        metrics_path=args.metrics_path or "",
        reload=args.reload,
        console_on_api=not args.console_port,
    )
    if args.workers > 1:
        _prepare_multiprocess_metrics()
    if args.metrics_port:
        _serve_metrics_port(args.metrics_port, args.host)
    if args.console_port:
        _serve_console_port(args.console_port, args.console_host, settings)
    where = f"http://{args.host}:{args.port} ({args.workers} worker(s))"
    print(f"aigc-guard: {policy.version} guarding {args.upstream} on {where}")
    for classifier in policy.classifiers.values():
        seconds = policy.build_seconds.get(classifier.id, 0.0)
        state = "" if classifier.options.enabled else " (off)"
        print(f"  {classifier.id}: {classifier.type_name}{state}, loaded in {seconds:.2f} s")
    log_level = args.log_level.lower()
    if args.workers > 1:
        settings.export()
        uvicorn.run(
            "aigc_guard.server:app_from_environment",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_level=log_level,
        )
    else:
        app = create_app_from_settings(settings)
        uvicorn.run(app, host=args.host, port=args.port, log_level=log_level)
    return 0


def _prepare_multiprocess_metrics() -> None:
    """Workers share counters through prometheus-client's multiprocess mode."""
    import os
    import tempfile

    folder = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if not folder:
        folder = tempfile.mkdtemp(prefix="aigc-guard-metrics-")
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = folder
    for stale in Path(folder).glob("*.db"):
        stale.unlink()


def _serve_console_port(port: int, host: str, settings: ServeSettings) -> None:
    """The review console on a listener of its own, in a thread of this (main) process."""
    import threading

    import uvicorn

    from .server import create_console_app

    app = create_console_app(settings.policy, reload=settings.reload)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    threading.Thread(target=server.run, daemon=True, name="console").start()
    print(f"aigc-guard: review console on http://{host}:{port}/aigc-guard/console")


def _serve_metrics_port(port: int, host: str) -> None:
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from . import metrics

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            payload = metrics.render_latest()
            self.send_response(200)
            self.send_header("content-type", metrics.CONTENT_TYPE_LATEST)
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: object) -> None:
            return

    server = ThreadingHTTPServer((host, port), Handler)
    threading.Thread(target=server.serve_forever, daemon=True, name="metrics").start()


def _demo(args: argparse.Namespace) -> int:
    import os
    import secrets
    import shutil
    import tempfile

    import uvicorn

    from .demo import console_overlay
    from .policy.store import PolicyStore
    from .server import create_demo_app

    _configure_logging(args.log_level)
    if args.model_only:  # the demo model unguarded: an upstream for `serve` (deploy/)
        from .demo import demo_app

        print(
            f"aigc-guard demo --model-only: the demo model, UNGUARDED, on {args.host}:{args.port}"
        )
        uvicorn.run(demo_app(), host=args.host, port=args.port, log_level=args.log_level.lower())
        return 0
    overlay = None
    made: Path | None = None  # a temporary state folder this run made (removed if it fails)
    if args.console:
        if args.state_dir is None:
            made = Path(tempfile.mkdtemp(prefix="aigc-guard-demo-"))
        state = made or Path(args.state_dir)
        state.mkdir(parents=True, exist_ok=True)
        overlay = console_overlay(state)
        if not os.environ.get("AIGC_GUARD_CONSOLE_TOKEN"):
            os.environ["AIGC_GUARD_CONSOLE_TOKEN"] = secrets.token_urlsafe(18)
    try:
        store = PolicyStore.of(_policy_path(args.policy), overlay)
    except BaseException:
        if made is not None:
            shutil.rmtree(made, ignore_errors=True)
        raise
    base = f"http://{args.host}:{args.port}"
    print(DEMO_USAGE.format(base=base, policy=store.current.version))
    if overlay is not None:
        print(
            DEMO_CONSOLE.format(
                base=base,
                token=os.environ["AIGC_GUARD_CONSOLE_TOKEN"],
                db=overlay["compliance"]["audit"]["path"],
            )
        )
    app = create_demo_app(store, reload=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level.lower())
    return 0


DEMO_USAGE = """\
aigc-guard demo: a deterministic model behind the guard ({policy}) on {base}

  curl -s {base}/v1/chat/completions -H 'content-type: application/json' \\
    -d '{{"model":"demo","messages":[{{"role":"user","content":"请给我联系方式"}}]}}'
  curl -sN {base}/v1/chat/completions -H 'content-type: application/json' \\
    -d '{{"model":"demo","stream":true,"messages":[{{"role":"user","content":"怎么做炸弹"}}]}}'
  curl -sN {base}/v1/responses -H 'content-type: application/json' \\
    -d '{{"model":"demo","stream":true,"input":"说说爆炸"}}'

  python -c "from openai import OpenAI; c = OpenAI(base_url='{base}/v1', api_key='demo'); \\
r = c.chat.completions.create(model='demo', messages=[{{'role': 'user', 'content': 'hi'}}]); \\
print(r.choices[0].message.content)"

Prompts with 联系/contact give personal data (redacted), 炸弹/bomb banned content (blocked),
麻烦/trouble the allowlist case; metrics on {base}/metrics. Ctrl-C stops.
"""


DEMO_CONSOLE = """\
Review console: {base}/aigc-guard/console  (token: {token})
  audit log with evidence: {db}
"""


def _read_jsonl(stream: TextIO) -> Iterator[tuple[int, Any]]:
    import orjson

    for number, line in enumerate(stream, start=1):
        if line.strip():
            try:
                yield number, orjson.loads(line)
            except ValueError:
                try:  # orjson refuses what the standard reader takes (a lone surrogate)
                    yield number, json.loads(line)
                except ValueError:
                    yield number, None


def _scan(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from .batch_scan import default_workers, result, scan_rows
    from .engine import scan_each
    from .policy.loader import load_policy
    from .policy.schema import Direction

    policy = load_policy(_policy_path(args.policy))
    direction = Direction(args.direction)
    if args.input is None:
        [outcome] = asyncio.run(scan_each(policy, [args.text], direction))
        print(json.dumps(result(outcome), ensure_ascii=False))
        return 0
    with open(args.input, encoding="utf-8-sig") as source:
        rows = list(_read_jsonl(source))

    def into(out: BinaryIO) -> None:
        with tqdm(total=len(rows), desc="scan", unit="text", file=sys.stderr) as progress:
            workers = args.workers or default_workers()
            scan_rows(policy, direction, rows, out, workers=workers, progress=progress.update)

    if args.output:
        with open(args.output, "wb") as out:
            into(out)
    elif hasattr(sys.stdout, "buffer"):
        into(sys.stdout.buffer)
        sys.stdout.buffer.flush()
    else:  # a text-only stdout (embedded, captured)
        written = io.BytesIO()
        into(written)
        sys.stdout.write(written.getvalue().decode("utf-8"))
    return 0


TEXT_COLUMNS = ("text", "TEXT", "content", "prompt")
REQUEST_COLUMNS = ("query", "request", "question", "prompt")  # what an answer replies to


def _eval_rows(
    path: str, text_column: str | None, needed: Sequence[str]
) -> tuple[list[dict[str, Any]], str]:
    """A set's rows and its text column; a missing column fails before the models load."""
    from .evaluate import read_rows

    rows = read_rows(Path(path))
    columns = set(rows[0]) if rows else set()
    text = text_column or next((c for c in TEXT_COLUMNS if c in columns), TEXT_COLUMNS[0])
    for option, column in (("--text-column", text), *(("--label-column", c) for c in needed)):
        if rows and column not in columns:
            raise PolicyError(
                f"{path} has no column {column!r} (its columns: {', '.join(sorted(columns))}); "
                f"name the right one with {option}"
            )
    return rows, text


def _request_column(
    path: str, rows: list[dict[str, Any]], text: str, args: argparse.Namespace
) -> str | None:
    """The column holding the request each answer replies to (output sets only): named, or
    the first of REQUEST_COLUMNS the set has; ``None`` with ``--no-request`` or none there."""
    if args.direction != "output" or args.no_request:
        return None
    columns = set(rows[0]) if rows else set()
    if args.request_column:
        if rows and args.request_column not in columns:
            raise PolicyError(
                f"{path} has no column {args.request_column!r} (its columns: "
                f"{', '.join(sorted(columns))}); name the right one with --request-column"
            )
        return str(args.request_column)
    return next((c for c in REQUEST_COLUMNS if c in columns and c != text), None)


def _eval(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from .evaluate import judge, refusal_report, score_set
    from .policy.loader import load_policy
    from .policy.schema import Direction

    if args.sweep and not args.classifier:
        raise PolicyError("--sweep scores one classifier: name it with --classifier")
    if not args.data and not (args.should_refuse and args.should_answer):
        raise PolicyError("give --data, or both --should-refuse and --should-answer")
    sets = {path: _eval_rows(path, args.text_column, [args.label_column]) for path in args.data}
    banks = {
        name: _eval_rows(path, args.text_column, [])
        for name, path in (
            ("should_refuse", args.should_refuse),
            ("should_answer", args.should_answer),
        )
        if path
    }
    requests = {
        path: _request_column(path, rows, text, args) for path, (rows, text) in sets.items()
    }
    policy = load_policy(_policy_path(args.policy))
    if args.classifier and args.classifier not in policy.classifiers:
        raise PolicyError(f"the policy has no classifier {args.classifier!r}")
    direction = Direction(args.direction)
    total = sum(len(rows) for rows, _ in (*sets.values(), *banks.values()))
    report: dict[str, Any] = {"policy": policy.version, "direction": direction.value, "sets": {}}
    with tqdm(total=total, desc="eval", unit="text", file=sys.stderr) as bar:

        async def run(
            rows: list[dict[str, Any]], text: str, classifier: str | None, request: str | None
        ) -> Any:
            return await judge(
                policy,
                [str(row[text]) for row in rows],
                direction=direction,
                classifier=classifier,
                threshold=args.threshold if args.sweep else None,
                progress=bar.update,
                requests=None if request is None else [str(row[request]) for row in rows],
            )

        for path, (rows, text) in sets.items():
            judged = asyncio.run(run(rows, text, args.classifier, requests[path]))
            report["sets"][path] = score_set(
                rows,
                judged,
                label_column=args.label_column,
                positive=args.positive,
                group_columns=args.group_column,
                with_sweep=args.sweep,
            )
            report["sets"][path]["request_column"] = requests[path]
        if len(banks) == 2:
            refuse, answer = (asyncio.run(run(*banks[name], None, None)) for name in banks)
            report["refusal"] = refusal_report(refuse, answer)
    rendered = json.dumps(report, ensure_ascii=False, indent=2)
    if args.out:
        Path(args.out).write_text(rendered + "\n", encoding="utf-8")
    print(rendered)
    return 0


def _policy_check(args: argparse.Namespace) -> int:
    from .classifiers.lexicon import LexiconClassifier
    from .policy.loader import load_policy

    policy = load_policy(args.file)
    summary = {
        "file": str(args.file),
        "version": policy.version,
        "mode": policy.mode,
        "classifiers": {
            name: {
                "type": c.type_name,
                "enabled": c.options.enabled,
                "failure_mode": c.failure_mode.value,
                "max_span": c.max_span,
                **(
                    {"terms": c.term_count, "matcher": c.backend}
                    if isinstance(c, LexiconClassifier)
                    else {}
                ),
            }
            for name, c in policy.classifiers.items()
        },
        "rules": [
            {
                "id": r.id,
                "action": r.rule.action.value,
                **r.conditions(),
                **({"direction": r.rule.direction.value} if r.rule.direction else {}),
            }
            for r in policy.rules
        ],
    }
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    return 0


def _policy_coverage(args: argparse.Namespace) -> int:
    from .compliance.coverage import coverage_report
    from .policy.loader import load_policy

    report = coverage_report(load_policy(args.file, models=False))
    if args.summary:
        print(
            f"{report['policy']}: {report['keywords_total']} keywords "
            f"(TC260 §8.1 asks for {report['required_total']})"
        )
        for line in report["shortfalls"]:
            print(f"  short: {line}")
        print(f"  uncovered: {', '.join(report['uncovered_risks']) or 'none'}")
    else:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


def _policy_hash_key(args: argparse.Namespace) -> int:
    import os

    from .policy.compiled import api_key_hash

    if not os.environ.get(args.key_env):
        # An unkeyed hash would never match what the guard computes with its key.
        print(f"aigc-guard: set {args.key_env} to the tenants' hash key first", file=sys.stderr)
        return 2
    print(api_key_hash(args.api_key, args.key_env))
    return 0


def _label_verify(args: argparse.Namespace) -> int:
    import os

    from .compliance.labels import answer_content, verify

    key = os.environ.get(args.key_env, "")
    if not key:
        print(f"aigc-guard: set {args.key_env} to the labelling key", file=sys.stderr)
        return 2
    from .compliance.exports import split_labelled

    text = Path(args.file).read_text(encoding="utf-8")
    header, after = split_labelled(text)
    if header is not None:  # a labelled export: signed over everything after its label line
        aigc: Any = header
        content = after
    else:
        document = json.loads(text)
        aigc = document.get("aigc")
        content = (
            document["content"]
            if isinstance(document.get("content"), str)
            else answer_content(document)
        )
    if not isinstance(aigc, dict):
        print("aigc-guard: the file holds no 'aigc' object", file=sys.stderr)
        return 2
    if verify(aigc, content, key.encode("utf-8")):
        print("valid: ReservedCode1 matches the label and the content")
        return 0
    print("INVALID: ReservedCode1 does not match (content or label changed, or another key)")
    return 1


def _audit_log(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    import os

    from .compliance.audit import AuditLog
    from .compliance.runtime import audit_key, audit_target
    from .policy.loader import load_policy

    create = getattr(args, "audit_command", "") == "migrate"
    if args.db:
        key = os.environ.get("AIGC_GUARD_AUDIT_KEY", "").encode("utf-8") or None
        return AuditLog(args.db, key, create=create), None
    policy = load_policy(_policy_path(args.policy), models=False)  # no text to judge
    return AuditLog(audit_target(policy), audit_key(policy), create=create), policy


def _trace(args: argparse.Namespace) -> int:
    from .compliance.audit import AuditKeyError
    from .compliance.trace import request_trace

    try:
        log, policy = _audit_log(args)
    except (FileNotFoundError, AuditKeyError, ConnectionError, ValueError) as exc:
        print(f"aigc-guard: {exc}", file=sys.stderr)
        return 2
    if policy is None:
        from .policy.loader import load_policy

        policy = load_policy(_policy_path(args.policy), models=False)
    found = request_trace(log, policy, args.request_id)
    if found is None:
        print(f"aigc-guard: no audit record of request {args.request_id}", file=sys.stderr)
        return 1
    print(json.dumps(found, ensure_ascii=False, indent=2))
    return 0


def _evidence(args: argparse.Namespace) -> int:
    from .compliance.evidence import export_bundle, verify_bundle
    from .compliance.runtime import audit_key, audit_target, runtime_for
    from .policy.loader import load_policy

    policy = load_policy(_policy_path(args.policy), models=False)
    key = audit_key(policy)
    if args.evidence_command == "verify":
        problems = verify_bundle(Path(args.folder), key)
        for problem in problems:
            print(problem)
        if problems:
            return 1
        print(f"verified: {args.folder} is as it was exported")
        return 0
    from .compliance.audit import AuditLog

    log = None
    if args.db or runtime_for(policy).audit is not None:
        log = AuditLog(args.db or audit_target(policy), key, create=False)
    metrics = None
    if args.metrics_url:
        import httpx

        metrics = httpx.get(args.metrics_url, timeout=10).raise_for_status().text
    try:
        manifest = export_bundle(
            policy,
            Path(args.out),
            log=log,
            reports=[Path(r) for r in args.report],
            metrics=metrics,
            key=key,
        )
    except FileExistsError as exc:
        print(f"aigc-guard: {exc}", file=sys.stderr)
        return 2
    signed = "signed with the audit key" if manifest["hmac_sha256"] else "unsigned (no audit key)"
    print(f"wrote {len(manifest['files'])} files and {args.out}/manifest.json ({signed})")
    return 0


def _audit_copy(args: argparse.Namespace) -> int:
    import os

    from .compliance.audit import AuditLog
    from .storage import open_database
    from .storage.copy import copy_database

    source = open_database(args.source, create=False)
    target = open_database(args.target)
    try:
        counts = copy_database(source, target)
    except ValueError as exc:
        print(f"aigc-guard: {exc}", file=sys.stderr)
        return 2
    key = os.environ.get("AIGC_GUARD_AUDIT_KEY", "").encode("utf-8") or None
    report = AuditLog(target, key).verify()
    copied = ", ".join(f"{n} {t}" for t, n in counts.items() if n)
    print(f"copied {copied or 'nothing'} from {source.name} to {target.name}")
    if not report.intact:
        print(f"BROKEN at record {report.broken}: {report.reason}")
        return 1
    print(f"intact: {report.checked} records, chain verified on {target.name}")
    return 0


def _audit(args: argparse.Namespace) -> int:
    import datetime as dt

    from .compliance.audit import AuditKeyError
    from .compliance.validate import CN_PUBLIC_MIN_RETENTION_DAYS

    if args.audit_command == "copy":
        return _audit_copy(args)
    try:
        log, policy = _audit_log(args)
    except (FileNotFoundError, AuditKeyError, ConnectionError, ValueError) as exc:
        print(f"aigc-guard: {exc}", file=sys.stderr)
        return 2
    if args.audit_command == "migrate":
        print(f"{log.database.name}: schema version {log.database.schema_version()}")
        return 0
    if args.audit_command == "incidents":
        from .compliance.incidents import incident_rows

        for incident in incident_rows(log, args.status):
            print(json.dumps(incident, ensure_ascii=False))
        return 0
    if args.audit_command == "head":
        print(json.dumps(log.head()))
        return 0
    if args.audit_command == "verify":
        head = json.loads(Path(args.head).read_text(encoding="utf-8")) if args.head else None
        report = log.verify(head)
        if report.intact:
            print(f"intact: {report.checked} records, chain verified")
            return 0
        print(
            f"BROKEN at record {report.broken}: {report.reason} "
            f"({report.checked} records before it are intact)"
        )
        return 1
    if args.audit_command == "export":
        for record in log.export(args.since, args.until, args.user_key):
            print(json.dumps(record, ensure_ascii=False))
        return 0
    if args.audit_command == "forget":
        deleted = log.forget(args.user_key)
        print(f"deleted the evidence of {deleted} decisions; the records stay")
        return 0
    minimum = CN_PUBLIC_MIN_RETENTION_DAYS if policy is None or policy.mode == "cn_public" else 1
    if policy is not None:
        minimum = max(minimum, policy.config.compliance.audit.retention_days)
    if args.older_than_days < minimum:
        print(
            f"aigc-guard: refusing to prune records younger than the {minimum}-day retention "
            "minimum",
            file=sys.stderr,
        )
        return 2
    before = dt.datetime.now(dt.UTC) - dt.timedelta(days=args.older_than_days)
    expired = log.expire_evidence()  # evidence has its own, shorter retention
    print(
        f"pruned {log.prune(before)} records older than {args.older_than_days} days; "
        f"deleted {expired} expired evidence texts"
    )
    return 0


def _policy_schema(args: argparse.Namespace) -> int:
    from .policy.json_schema import policy_json_schema

    print(json.dumps(policy_json_schema(), ensure_ascii=False, indent=2))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aigc-guard", description=__doc__)
    parser.add_argument(
        "--verbose", action="store_true", help="show model libraries' progress bars and notes"
    )
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="guard an upstream OpenAI-compatible API")
    serve.add_argument("--upstream", required=True, help="base URL; the client's path is appended")
    serve.add_argument("--policy", help="policy file (default: policies/default.yaml)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument(
        "--timeout", type=float, default=120.0, help="upstream read timeout, seconds"
    )
    serve.add_argument("--connect-timeout", type=float, default=5.0, help="seconds")
    serve.add_argument(
        "--deadline",
        type=float,
        default=600.0,
        help="longest one upstream exchange may take, body and stream included, seconds",
    )
    serve.add_argument(
        "--metrics-path", default="/metrics", help="'' to serve none on the API port"
    )
    serve.add_argument("--metrics-port", type=int, help="also serve metrics on this port")
    serve.add_argument(
        "--console-port",
        type=int,
        help="serve the review console on this port instead of the API port",
    )
    serve.add_argument(
        "--console-host", default="127.0.0.1", help="address of the console port's listener"
    )
    serve.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    serve.add_argument(
        "--reload",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="reload the policy and its lexicons when they change, and on SIGHUP",
    )
    serve.add_argument("--log-level", default="info")
    serve.set_defaults(run=_serve)

    demo = commands.add_parser("demo", help="serve the embedded demo model behind the guard")
    demo.add_argument("--policy", help="policy file (default: policies/default.yaml)")
    demo.add_argument("--host", default="127.0.0.1")
    demo.add_argument("--port", type=int, default=8080)
    demo.add_argument("--log-level", default="info")
    demo.add_argument(
        "--console",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="keep an audit log with evidence and serve the review console (default: on)",
    )
    demo.add_argument("--state-dir", help="folder for the demo's audit log (default: a new one)")
    demo.add_argument(
        "--model-only",
        action="store_true",
        help="serve the demo model without the guard, as an upstream for `serve` to guard",
    )
    demo.set_defaults(run=_demo)

    scan = commands.add_parser("scan", help="scan texts and print decisions as JSON")
    scan.add_argument("text", nargs="?", help="one text to scan")
    scan.add_argument("--input", help='JSONL file of {"text": ...} lines')
    scan.add_argument("--output", help="write JSONL here (default: standard output)")
    scan.add_argument("--policy", help="policy file (default: policies/default.yaml)")
    scan.add_argument("--direction", choices=["input", "output"], default="output")
    scan.add_argument(
        "--workers",
        type=int,
        default=0,
        help="processes for --input (default: one per core, up to 8; 1: this process only)",
    )
    scan.set_defaults(run=_scan)

    evaluation = commands.add_parser(
        "eval",
        help="score a policy on labelled CSV or JSONL",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    evaluation.add_argument("--policy", help="policy file (default: policies/default.yaml)")
    evaluation.add_argument(
        "--data", action="append", default=[], help="labelled CSV or JSONL (repeat for several)"
    )
    evaluation.add_argument(
        "--text-column", help=f"default: the first of {', '.join(TEXT_COLUMNS)} that exists"
    )
    evaluation.add_argument("--label-column", default="label", help="the column with the label")
    evaluation.add_argument("--positive", default="1", help="the label value that means harmful")
    evaluation.add_argument("--classifier", help="judge one classifier instead of the decision")
    evaluation.add_argument(
        "--group-column",
        action="append",
        default=[],
        help="break the scores down by this column (repeat: category, source, …)",
    )
    evaluation.add_argument("--direction", choices=["input", "output"], default="output")
    evaluation.add_argument(
        "--request-column",
        help="output sets: the request each answer replies to, read first so that rules' "
        f"`asked` see its findings (default: the first of {', '.join(REQUEST_COLUMNS)} "
        "that exists besides the text)",
    )
    evaluation.add_argument(
        "--no-request", action="store_true", help="judge each answer alone, without its request"
    )
    evaluation.add_argument(
        "--sweep",
        action="store_true",
        help="with --classifier: shares flagged at thresholds 0.05 … 0.95 of its score",
    )
    evaluation.add_argument(
        "--threshold",
        type=float,
        default=0.5,
        help="with --sweep: the threshold that decides flagged in the main scores",
    )
    evaluation.add_argument(
        "--should-refuse", help="a bank of requests to refuse: the share blocked (TC260 §9)"
    )
    evaluation.add_argument(
        "--should-answer", help="a bank of requests to answer: the share blocked (≤ 5 %%)"
    )
    evaluation.add_argument("--out", help="also write the report to this file (evidence)")
    evaluation.set_defaults(run=_eval)

    policy = commands.add_parser("policy", help="check a policy file or print its JSON Schema")
    policy_commands = policy.add_subparsers(dest="policy_command", required=True)
    check = policy_commands.add_parser("check", help="validate and summarize a policy file")
    check.add_argument("file", type=Path)
    check.set_defaults(run=_policy_check)
    schema = policy_commands.add_parser("schema", help="print the policy JSON Schema")
    schema.set_defaults(run=_policy_schema)
    coverage = policy_commands.add_parser("coverage", help="keywords per TC260 risk (§8.1)")
    coverage.add_argument("file", type=Path)
    coverage.add_argument("--summary", action="store_true", help="a short text report")
    coverage.set_defaults(run=_policy_coverage)
    hash_key = policy_commands.add_parser("hash-key", help="keyed hash of an API key (tenants)")
    hash_key.add_argument("api_key")
    hash_key.add_argument("--key-env", default="AIGC_GUARD_TENANT_KEY")
    hash_key.set_defaults(run=_policy_hash_key)

    label = commands.add_parser("label", help="GB 45438 labels")
    label_commands = label.add_subparsers(dest="label_command", required=True)
    verify = label_commands.add_parser("verify", help="check an answer's ReservedCode1 signature")
    verify.add_argument("file", help='a JSON answer as received, or {"content": ..., "aigc": ...}')
    verify.add_argument("--key-env", default="AIGC_GUARD_LABEL_KEY")
    verify.set_defaults(run=_label_verify)

    trace = commands.add_parser(
        "trace", help="a request's decisions, findings, rules and versions, from the audit log"
    )
    trace.add_argument("request_id", help="the request's id (its x-request-id)")
    trace.add_argument("--db", help="the audit database (default: the policy's)")
    trace.add_argument("--policy", help="policy file (default: policies/default.yaml)")
    trace.set_defaults(run=_trace)

    evidence = commands.add_parser(
        "evidence", help="a bundle for filing and inspection: policy, coverage, labels, audit"
    )
    evidence_commands = evidence.add_subparsers(dest="evidence_command", required=True)
    bundle = evidence_commands.add_parser("export", help="write the bundle into a new folder")
    bundle.add_argument("--out", required=True, help="a new (or empty) folder")
    bundle.add_argument("--policy", help="policy file (default: policies/default.yaml)")
    bundle.add_argument("--db", help="the audit database (default: the policy's)")
    bundle.add_argument(
        "--report", action="append", default=[], help="an eval or refusal report to include"
    )
    bundle.add_argument("--metrics-url", help="a running guard's /metrics, for a snapshot")
    bundle.set_defaults(run=_evidence)
    check = evidence_commands.add_parser("verify", help="check a bundle against its manifest")
    check.add_argument("folder")
    check.add_argument("--policy", help="the policy naming the audit key's variable")
    check.set_defaults(run=_evidence)

    audit = commands.add_parser("audit", help="the audit log: verify, head, export, forget, prune")
    audit_commands = audit.add_subparsers(dest="audit_command", required=True)
    for name, text in (
        ("verify", "check the hash chain; name the first broken record"),
        ("head", "print the newest signed checkpoint (keep it elsewhere; verify --head)"),
        ("incidents", "incidents (blocked answers to work and report) as JSONL"),
        ("export", "records as JSONL"),
        ("forget", "delete a user's evidence"),
        ("prune", "delete records past retention"),
        ("migrate", "create the database or bring its schema up to date"),
        ("copy", "copy a whole audit log into an empty database (e.g. SQLite → PostgreSQL)"),
    ):
        command = audit_commands.add_parser(name, help=text)
        command.set_defaults(run=_audit)
        if name == "copy":
            command.add_argument("--from", dest="source", required=True, help="URL or path")
            command.add_argument("--to", dest="target", required=True, help="URL or path")
            continue
        command.add_argument(
            "--db",
            help="the audit database: a SQLite path or URL, or postgresql://user@host/db "
            "(default: the policy's)",
        )
        command.add_argument("--policy", help="policy file (default: policies/default.yaml)")
        if name == "verify":
            command.add_argument(
                "--head", help="a file with a checkpoint from `audit head`, kept elsewhere"
            )
        elif name == "incidents":
            command.add_argument("--status", choices=["open", "reported", "closed"])
        elif name == "export":
            command.add_argument("--since", help="ISO time, inclusive")
            command.add_argument("--until", help="ISO time, exclusive")
            command.add_argument("--user-key")
        elif name == "forget":
            command.add_argument("user_key")
        elif name == "prune":
            command.add_argument("--older-than-days", type=int, required=True)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.verbose:
        # Model libraries draw progress bars on stderr at every load; only on request.
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    if args.command == "scan" and (args.text is None) == (args.input is None):
        parser.error("scan takes either TEXT or --input FILE.jsonl")
    try:
        code: int = args.run(args)
    except PolicyError as exc:
        print(f"aigc-guard: policy error: {exc}", file=sys.stderr)
        return 2
    except (OSError, MissingDependency) as exc:
        print(f"aigc-guard: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    raise SystemExit(main())
