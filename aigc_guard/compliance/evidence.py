"""The evidence bundle for filing and inspection (Interim Measures Art. 17 and 19):
``aigc-guard evidence export --out DIR`` writes, in one folder,

* ``policy/``: the policy file and every file its classifiers read (lexicons, corpora), with
  the models that judge named by a digest of their files;
* ``coverage.json``: keywords per TC260 risk against §8.1, and the risks nothing covers;
* ``reports/``: the eval and refusal reports given (``aigc-guard eval --out``);
* ``labels.json``: the label configuration (no keys) and a sample answer labelled with it;
* ``audit.json``: the audit chain's verification and its newest signed checkpoint;
* ``metrics.txt``: a snapshot of the running guard's metrics (``--metrics-url``);
* ``manifest.json``: the SHA-256 of every file above, the policy version, the labels, and an
  HMAC over all of it with the audit key when one is set.

``aigc-guard evidence verify DIR`` recomputes every hash and the HMAC: a file changed, added
or removed after the export is named.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..policy.compiled import Policy
from .audit import AuditLog
from .coverage import coverage_report
from .labels import label_whole_answer
from .runtime import runtime_for
from .versions import file_digest, model_digest

__all__ = ["MANIFEST", "export_bundle", "verify_bundle"]

MANIFEST = "manifest.json"
SAMPLE_ANSWER = "这是一个示例回答，用于展示本服务的标识方式。This is a sample answer."


def _write(path: Path, value: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _policy_files(policy: Policy, out: Path) -> dict[str, str]:
    """Copy the policy and what it reads; the models named by a digest of their files."""
    assert policy.source is not None
    base = policy.source.resolve().parent
    sources = [policy.source.resolve()]
    models: dict[str, str] = {}
    for classifier in policy.classifiers.values():
        sources += [p.resolve() for p in classifier.source_files()]
        model = model_digest(classifier, base)
        if model is not None:
            models[model[0]] = model[1]
    for path in sorted(set(sources)):
        name = path.relative_to(base) if path.is_relative_to(base) else Path("_outside") / path.name
        target = out / "policy" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    return models


def _labels(policy: Policy) -> dict[str, Any]:
    runtime = runtime_for(policy)
    sample = {"choices": [{"index": 0, "message": {"role": "assistant", "content": SAMPLE_ANSWER}}]}
    label_whole_answer(
        sample,
        [(("choices", 0, "message", "content"), (0, "content", 0), SAMPLE_ANSWER)],
        runtime.explicit,
        runtime.implicit,
        "dec_sample",
        "zh",
    )
    return {
        "mode": runtime.mode,
        "explicit": runtime.explicit.model_dump() if runtime.explicit else None,
        "implicit": runtime.implicit.model_dump(exclude={"hmac_key_env"})
        if runtime.implicit
        else None,
        "signed": bool(runtime.implicit and runtime.implicit.hmac_key_env),
        "waivers": {
            t.name: t.explicit_label_waiver.agreement
            for t in policy.config.tenants.entries
            if t.explicit_label_waiver is not None
        },
        "sample_answer": sample,
    }


def _audit(log: AuditLog | None) -> dict[str, Any]:
    if log is None:
        return {"enabled": False}
    report = log.verify()
    return {
        "enabled": True,
        "database": log.database.name,
        "schema_version": log.database.schema_version(),
        "keyed": log.keyed,
        "intact": report.intact,
        "records_checked": report.checked,
        "broken_at": report.broken,
        "reason": report.reason,
        "head": log.head(),
    }


def _sign(key: bytes | None, files: dict[str, str], facts: dict[str, Any]) -> str | None:
    if not key:
        return None
    message = json.dumps({"files": files, "facts": facts}, sort_keys=True).encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def export_bundle(
    policy: Policy,
    out: Path,
    *,
    log: AuditLog | None,
    reports: Sequence[Path] = (),
    metrics: str | None = None,
    key: bytes | None = None,
) -> dict[str, Any]:
    """Write the bundle into ``out`` (a new or empty folder); the manifest."""
    if out.exists() and any(out.iterdir()):
        raise FileExistsError(f"{out} is not empty: evidence goes into a folder of its own")
    out.mkdir(parents=True, exist_ok=True)
    models = _policy_files(policy, out)
    _write(out / "coverage.json", coverage_report(policy))
    for report in reports:
        target = out / "reports" / report.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(report, target)
    labels = _labels(policy)
    _write(out / "labels.json", labels)
    _write(out / "audit.json", _audit(log))
    if metrics is not None:
        (out / "metrics.txt").write_text(metrics, encoding="utf-8")
    files = {str(p.relative_to(out)): file_digest(p) for p in sorted(out.rglob("*")) if p.is_file()}
    facts = {
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "policy_version": policy.version,
        "models": models,
        "label": labels["explicit"]["text"] if labels["explicit"] else None,
        "AIGC": labels["sample_answer"].get("aigc", {}).get("AIGC"),
    }
    manifest = {**facts, "files": files, "hmac_sha256": _sign(key, files, facts)}
    _write(out / MANIFEST, manifest)
    return manifest


def verify_bundle(folder: Path, key: bytes | None = None) -> list[str]:
    """What is wrong with a bundle (empty: it is as exported)."""
    path = folder / MANIFEST
    if not path.is_file():
        return [f"no {MANIFEST} in {folder}"]
    manifest = json.loads(path.read_text(encoding="utf-8"))
    files: dict[str, str] = manifest.get("files", {})
    problems = []
    for name, digest in files.items():
        target = folder / name
        if not target.is_file():
            problems.append(f"missing: {name}")
        elif file_digest(target) != digest:
            problems.append(f"changed: {name}")
    present = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    problems += [f"added: {name}" for name in sorted(present - set(files) - {MANIFEST})]
    facts = {k: v for k, v in manifest.items() if k not in ("files", "hmac_sha256")}
    signature = manifest.get("hmac_sha256")
    if signature is not None:
        if not key:
            problems.append("the manifest is signed: set the audit key to check it")
        elif not hmac.compare_digest(signature, _sign(key, files, facts) or ""):
            problems.append("the manifest's HMAC does not match (edited, or another key)")
    return problems
