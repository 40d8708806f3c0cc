"""Every Prometheus metric of aigc_guard, defined once.

Label values are bounded: route names come from the policy's configured paths, categories
from the policy's classifiers; never raw paths, users or texts. With
``PROMETHEUS_MULTIPROC_DIR`` set, prometheus-client's multiprocess mode aggregates the
workers (``render_latest`` handles both cases).
"""

from __future__ import annotations

import bisect
import functools
import os
import time
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

__all__ = [
    "ADMIN_REFUSALS",
    "AUDIT_LOST",
    "BATCH_SIZE",
    "BATCH_WAIT_SECONDS",
    "BODY_ERRORS",
    "CLASSIFIER_ERRORS",
    "CLASSIFIER_FAILURES",
    "CLASSIFIER_SECONDS",
    "CONTENT_TYPE_LATEST",
    "FINDINGS",
    "GUARD_UNKNOWN_CODES",
    "HOLDBACK_CHARS",
    "INCIDENTS",
    "INCIDENT_WEBHOOKS",
    "LABELS",
    "POLICY_INFO",
    "POLICY_RELOADS",
    "REMOTE_BREAKER",
    "REMOTE_CACHE",
    "REMOTE_CALLS",
    "REMOTE_SECONDS",
    "REQUESTS",
    "REVIEWS",
    "SCANNED_CHARS",
    "SHARED_STATE_ERRORS",
    "STORAGE_ERRORS",
    "STREAM_CUTOFFS",
    "StreamTally",
    "child",
    "observe_many",
    "render_latest",
    "timing",
]

REQUESTS = Counter(
    "aigc_guard_requests",
    'Guarded requests by route, tenant, direction and action; monitor="true" when the action '
    "was only monitored (decided and counted, the answer left unchanged).",
    ["route", "tenant", "direction", "action", "monitor"],
)
FINDINGS = Counter(
    "aigc_guard_findings", "Findings by classifier and category.", ["classifier", "category"]
)
CLASSIFIER_SECONDS = Histogram(
    "aigc_guard_classifier_seconds",
    "Time one classifier spent on one scan.",
    ["classifier"],
    buckets=(1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 0.1, 0.3, 1.0, 3.0),
)
CLASSIFIER_FAILURES = Counter(
    "aigc_guard_classifier_failures",
    "Classifier crashes and time-outs by the failure mode that was applied.",
    ["classifier", "mode"],
)
CLASSIFIER_ERRORS = Counter(
    "aigc_guard_classifier_errors",
    "Classifier failures by kind: timeout, exception (a bug: its traceback is logged), "
    "overloaded (its queue was full), unavailable (a model server down or its breaker open).",
    ["classifier", "kind"],
)
AUDIT_LOST = Counter(
    "aigc_guard_audit_lost",
    "Audit records that could not be written, by reason (queue_full, write_error).",
    ["reason"],
)
STORAGE_ERRORS = Counter(
    "aigc_guard_storage_errors",
    "Requests whose audit-database work failed, by step: admit (the request was refused, "
    "503) or count (a user measure not counted).",
    ["step"],
)
SHARED_STATE_ERRORS = Counter(
    "aigc_guard_shared_state_errors",
    "Operations on the shared counters (Redis) that failed and fell back, by counter "
    "(measures, rate_limit, sign_in).",
    ["counter"],
)
ADMIN_REFUSALS = Counter(
    "aigc_guard_admin_refusals",
    "Requests refused at the console and the complaints channel, by surface and reason.",
    ["surface", "reason"],
)
REMOTE_SECONDS = Histogram(
    "aigc_guard_remote_seconds",
    "Time of one call to a model server (queueing for a connection and a retry included).",
    ["classifier"],
    buckets=(1e-3, 3e-3, 1e-2, 2e-2, 5e-2, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0),
)
REMOTE_CALLS = Counter(
    "aigc_guard_remote_calls",
    "Calls to model servers by outcome: ok, timeout, unavailable, server_error, rejected, "
    "malformed, breaker_open.",
    ["classifier", "outcome"],
)
REMOTE_BREAKER = Gauge(
    "aigc_guard_remote_breaker",
    "Circuit breaker of a model server: 0 closed, 0.5 half-open (probing), 1 open.",
    ["classifier"],
    multiprocess_mode="max",
)
REMOTE_CACHE = Counter(
    "aigc_guard_remote_cache",
    "Verdict cache look-ups by result (hit, miss).",
    ["classifier", "result"],
)
GUARD_UNKNOWN_CODES = Counter(
    "aigc_guard_guard_model_unknown_codes",
    "Category codes a guard model reported that its family does not define (kept as "
    "guard.unknown findings).",
    ["classifier"],
)
INCIDENTS = Counter("aigc_guard_incidents", "Incidents by event (opened).", ["event"])
INCIDENT_WEBHOOKS = Counter(
    "aigc_guard_incident_webhooks",
    "Incident webhook outcomes: delivered, retry (an attempt failed), failed (gave up).",
    ["result"],
)
STREAM_CUTOFFS = Counter(
    "aigc_guard_stream_cutoffs", "Streams cut by a block, by first category.", ["route", "category"]
)
SCANNED_CHARS = Counter(
    "aigc_guard_scanned_chars", "Characters scanned, by direction.", ["direction"]
)
LABELS = Counter("aigc_guard_labels", "Compliance labels added, by kind.", ["kind"])
POLICY_RELOADS = Counter(
    "aigc_guard_policy_reloads", "Policy loads and reloads by result.", ["result"]
)
POLICY_INFO = Gauge(
    "aigc_guard_policy_info",
    "The active policy (value 1) by name and version.",
    ["policy", "version"],
    multiprocess_mode="liveall",
)
BODY_ERRORS = Counter(
    "aigc_guard_body_errors",
    "Bodies that could not be scanned (malformed, compressed oddly, too large).",
    ["route", "code"],
)
HOLDBACK_CHARS = Histogram(
    "aigc_guard_stream_holdback_chars",
    "Characters held back after each streamed chunk.",
    buckets=(0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 1024),
)


REVIEWS = Counter(
    "aigc_guard_reviews",
    "Verdicts given in the review console (false_positive, confirmed, cleared) by the "
    "decision's first category.",
    ["verdict", "category"],
)
BATCH_SIZE = Histogram(
    "aigc_guard_batch_size",
    "Texts per model batch (cross-request micro-batching).",
    ["classifier"],
    buckets=(1, 2, 4, 8, 16, 32, 64, 128),
)
BATCH_WAIT_SECONDS = Histogram(
    "aigc_guard_batch_wait_seconds",
    "Time a text waited for its model batch to start.",
    ["classifier"],
    buckets=(1e-4, 5e-4, 1e-3, 2e-3, 5e-3, 1e-2, 2e-2, 5e-2, 0.1, 0.5, 1.0),
)


@functools.lru_cache(maxsize=4096)
def child(metric: Any, *labels: str) -> Any:
    """``metric.labels(*labels)``, cached: label values are bounded, and hot paths call this."""
    return metric.labels(*labels)


class timing:  # lower case: called like the function it replaced, ``with timing(id):``
    """Observe the time of the block in ``aigc_guard_classifier_seconds`` (a plain class, not
    a generator: span classifiers are timed on every call of the hot path)."""

    __slots__ = ("_classifier_id", "_started")

    def __init__(self, classifier_id: str) -> None:
        self._classifier_id = classifier_id
        self._started = 0.0

    def __enter__(self) -> None:
        self._started = time.perf_counter()

    def __exit__(self, *exc_info: object) -> None:
        elapsed = time.perf_counter() - self._started
        child(CLASSIFIER_SECONDS, self._classifier_id).observe(elapsed)


def observe_many(histogram: Any, values: list[float]) -> None:
    """``histogram.observe(v)`` for every value, written as one increment per bucket.

    Relies on prometheus-client's ``Histogram`` internals (``_upper_bounds``, ``_buckets``,
    ``_sum``, stable since 0.4); without them it observes one by one.
    """
    if not values:
        return
    bounds = getattr(histogram, "_upper_bounds", None)
    buckets = getattr(histogram, "_buckets", None)
    total = getattr(histogram, "_sum", None)
    if bounds is None or buckets is None or total is None or len(bounds) != len(buckets):
        for value in values:
            histogram.observe(value)
        return
    counts = [0] * len(bounds)
    for value in values:
        counts[bisect.bisect_left(bounds, value)] += 1
    total.inc(sum(values))
    for bucket, count in zip(buckets, counts, strict=True):
        if count:
            bucket.inc(count)


class StreamTally:
    """A stream's per-chunk metrics, kept in lists and written every ``every`` chunks and
    at :meth:`flush`: a locked ``observe`` per chunk and classifier costs more than the
    scan it measures."""

    __slots__ = ("_direction", "_every", "_holdback", "_scanned", "_seconds")

    def __init__(self, direction: str, every: int = 64) -> None:
        self._direction = direction
        self._every = every
        self._scanned = 0
        self._holdback: list[float] = []
        self._seconds: dict[str, list[float]] = {}

    def chunk(self, scanned: int, holdback: int) -> None:
        self._scanned += scanned
        self._holdback.append(holdback)
        if len(self._holdback) >= self._every:
            self.flush()

    def timed(self, classifier_id: str, seconds: float) -> None:
        spent = self._seconds.get(classifier_id)
        if spent is None:
            spent = self._seconds[classifier_id] = []
        spent.append(seconds)

    def flush(self) -> None:
        if self._scanned:
            child(SCANNED_CHARS, self._direction).inc(self._scanned)
            self._scanned = 0
        observe_many(HOLDBACK_CHARS, self._holdback)
        self._holdback = []
        for classifier_id, spent in self._seconds.items():
            observe_many(child(CLASSIFIER_SECONDS, classifier_id), spent)
        self._seconds = {}


def render_latest() -> bytes:
    """The exposition text, aggregated over worker processes in multiprocess mode."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return generate_latest(registry)
    return generate_latest()
