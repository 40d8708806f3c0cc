"""The compiled, immutable policy snapshot every request runs on."""

from __future__ import annotations

import fnmatch
import functools
import hashlib
import hmac
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

from ..classifiers.base import Classifier, Finding, SpanClassifier, TextClassifier
from .schema import Condition, Direction, Override, PolicyFile, Rule

__all__ = ["CompiledRule", "Policy", "api_key_hash"]


def api_key_hash(api_key: str, key_env: str) -> str:
    """Keyed hash of an API key (HMAC-SHA256, key from ``key_env``): never store raw keys."""
    key = os.environ.get(key_env, "").encode("utf-8")
    return hmac.new(key, api_key.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class CompiledRule:
    id: str
    rule: Rule

    def matches(self, finding: Finding, direction: Direction) -> bool:
        rule = self.rule
        if rule.direction is not None and rule.direction != direction:
            return False
        return _meets(rule.when, finding)

    def conditions(self) -> dict[str, object]:
        """``when`` (and ``also``, ``unless``, if set) as the policy file spells them."""
        found: dict[str, object] = {"when": self.rule.when.model_dump(exclude_defaults=True)}
        for part, spelt, conditions in (
            ("also", self.rule.also, self.rule.companions),
            ("unless", self.rule.unless, self.rule.excusals),
            ("asked", self.rule.asked, self.rule.requests),
        ):
            dumped = [c.model_dump(exclude_defaults=True) for c in conditions]
            if dumped:
                found[part] = dumped if isinstance(spelt, list) else dumped[0]
        return found

    def holds_for(self, text: Sequence[Finding]) -> bool:
        """Whether one text's findings meet ``also`` (if set) and not ``unless``."""
        companions = self.rule.companions
        if companions and not any(_meets(also, f) for also in companions for f in text):
            return False
        return not any(_meets(unless, f) for unless in self.rule.excusals for f in text)

    def asked_by(self, request: Sequence[Finding]) -> bool:
        """Whether the request's findings meet ``asked`` (always, when it is unset)."""
        requests = self.rule.requests
        return not requests or any(_meets(asked, f) for asked in requests for f in request)


def _meets(condition: Condition, finding: Finding) -> bool:
    if condition.classifier is not None and condition.classifier != finding.classifier:
        return False
    if condition.category is not None and not fnmatch.fnmatchcase(
        finding.category, condition.category
    ):
        return False
    return finding.score >= condition.min_score


@dataclass(frozen=True, eq=False)
class Policy:
    """A loaded policy: its settings, built classifiers and rules. Never mutated.

    ``disabled`` holds the classifier and rule ids that are off in this snapshot (those
    switched off in the file, then by route and tenant overrides: see :meth:`variant`).
    """

    config: PolicyFile
    classifiers: Mapping[str, Classifier]
    rules: tuple[CompiledRule, ...]
    version: str
    source: Path | None = None
    disabled: frozenset[str] | None = None
    route: str = "-"
    tenant: str = "default"
    minor: bool = False  # the stricter profile of compliance.minors applies
    parent: Policy | None = None
    build_seconds: Mapping[str, float] = field(default_factory=dict)  # load time per classifier
    span_classifiers: tuple[SpanClassifier, ...] = field(init=False)
    text_classifiers: tuple[TextClassifier, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "classifiers", MappingProxyType(dict(self.classifiers)))
        if self.disabled is None:
            off = frozenset(c.id for c in self.classifiers.values() if not c.options.enabled)
            object.__setattr__(self, "disabled", off)
        assert self.disabled is not None
        enabled = [c for c in self.classifiers.values() if c.id not in self.disabled]
        object.__setattr__(
            self, "span_classifiers", tuple(c for c in enabled if isinstance(c, SpanClassifier))
        )
        object.__setattr__(
            self, "text_classifiers", tuple(c for c in enabled if isinstance(c, TextClassifier))
        )
        object.__setattr__(self, "_variants", {})

    def variant(self, route: str, tenant: str, minor: bool = False) -> Policy:
        """This policy as it applies to one route and tenant (cached; both are bounded).

        Precedence, most specific last: the file, the route's service type, the route's
        overrides, the tenant's overrides, the tenant's overrides for that route, and (for a
        minor's request) the minor profile. For each classifier or rule id the last layer that
        names it wins; so does the last layer that sets ``monitor``.
        """
        variants: dict[tuple[str, str, bool], Policy] = self.__dict__["_variants"]
        key = (route, tenant, minor)
        cached = variants.get(key)
        if cached is not None:
            return cached
        layers: list[Override] = []
        service = self.config.service_type(route)
        if service is not None:  # the route's service type, then the route itself
            grounding = [service.grounding] if service.grounding else []
            enable = [*service.overrides.enable, *grounding]
            layers.append(service.overrides.model_copy(update={"enable": enable}))
        route_config = next((r for r in self.config.routes if r.name == route), None)
        if route_config is not None:
            layers.append(route_config.overrides)
        entry = next((t for t in self.config.tenants.entries if t.name == tenant), None)
        if entry is not None:
            layers.append(entry.overrides)
            if route in entry.routes:
                layers.append(entry.routes[route])
        if minor:
            minors = self.config.compliance.minors
            layers.append(Override(enable=minors.enable, disable=minors.disable))
        disabled = set(self.disabled or ())
        monitor = self.config.monitor
        for layer in layers:
            disabled -= set(layer.enable)
            disabled |= set(layer.disable)
            if layer.monitor is not None:
                monitor = layer.monitor
        config = self.config
        if monitor != config.monitor:
            config = config.model_copy(update={"monitor": monitor})
        result = Policy(
            config=config,
            classifiers=self.classifiers,
            rules=tuple(r for r in self.rules if r.id not in disabled),
            version=self.version,
            source=self.source,
            disabled=frozenset(disabled),
            route=route,
            tenant=tenant,
            minor=minor,
            parent=self.base,
        )
        variants[key] = result
        return result

    def reading_declarations(self) -> Policy:
        """This policy as it reads tool declarations and answer schemas: only the classifiers
        ``declarations.classifiers`` names (unset: every classifier but the models) run."""
        cached: Policy | None = self.__dict__.get("_declarations")
        if cached is not None:
            return cached
        named = self.config.declarations.classifiers
        if named is None:
            reading = {c.id for c in self.classifiers.values() if not c.learned}
        else:
            reading = set(named)
        result = replace(
            self, disabled=frozenset({*(self.disabled or ()), *(set(self.classifiers) - reading)})
        )
        object.__setattr__(self, "_declarations", result)
        return result

    def route_for(self, path: str) -> str | None:
        """The name of the route serving the canonical ``path`` (``None``: left alone)."""
        return remembered(self, "route_for", path, Policy._route_for)

    def _route_for(self, path: str) -> str | None:
        fold = self.config.limits.path_case == "insensitive"
        key = path.lower() if fold else path
        for route in self.config.routes:
            if any(_matches(key, pattern, fold) for pattern in route.paths):
                return route.name
        if self.config.routes:
            return None
        for pattern in self.config.paths:
            if _matches(key, pattern, fold):
                return pattern
        return None

    def refuses(self, path: str) -> bool:
        """Whether the canonical ``path`` is one of ``refused_paths`` (a side door)."""
        return remembered(self, "refuses", path, Policy._refuses)

    def _refuses(self, path: str) -> bool:
        fold = self.config.limits.path_case == "insensitive"
        key = path.lower() if fold else path
        return any(_matches(key, pattern, fold) for pattern in self.config.refused_paths)

    def tenant_for(self, headers: Mapping[str, str]) -> str:
        """The configured tenant a request belongs to, by header or API-key hash."""
        tenants = self.config.tenants
        if not tenants.entries:
            return "default"
        if tenants.header:
            value = headers.get(tenants.header.lower())
            if value is not None:
                for entry in tenants.entries:
                    if value in entry.header_values:
                        return entry.name
        authorization = headers.get("authorization", "")
        if authorization.lower().startswith("bearer "):
            digest = api_key_hash(authorization[7:].strip(), tenants.api_key_hash_env)
            for entry in tenants.entries:
                if digest in entry.api_key_hashes:
                    return entry.name
        return "default"

    @property
    def base(self) -> Policy:
        """The policy as loaded, before route and tenant overrides."""
        return self.parent or self

    @functools.cached_property
    def monitors(self) -> bool:
        """Whether any rule (or the whole policy) runs in monitor mode."""
        return self.config.monitor or any(r.rule.monitor for r in self.rules)

    @property
    def name(self) -> str:
        return self.config.name

    @property
    def mode(self) -> str:
        return self.config.mode

    def classifiers_for(self, direction: Direction) -> list[Classifier]:
        """Enabled classifiers that some rule of this direction can act on (a policy never
        changes once built: worked out once per direction)."""
        cache: dict[Direction, list[Classifier]] = self.__dict__.setdefault("_for", {})
        found = cache.get(direction)
        if found is None:
            found = cache[direction] = self._classifiers_for(direction)
        return list(found)

    def _classifiers_for(self, direction: Direction) -> list[Classifier]:
        wanted: set[str] = set()
        any_classifier = False
        for compiled in self.rules:
            if direction is Direction.INPUT:  # what answers' rules ask of the request
                for condition in compiled.rule.requests:
                    if condition.classifier is None:
                        any_classifier = True
                    else:
                        wanted.add(condition.classifier)
            if compiled.rule.direction not in (None, direction):
                continue
            if compiled.rule.when.classifier is None:
                any_classifier = True
            else:
                wanted.add(compiled.rule.when.classifier)
            for condition in (*compiled.rule.companions, *compiled.rule.excusals):
                if condition.classifier is not None:
                    wanted.add(condition.classifier)
        return [
            c
            for c in (*self.span_classifiers, *self.text_classifiers)
            if (any_classifier or c.id in wanted)
            and (c.options.directions is None or direction.value in c.options.directions)
        ]

    def categories(self) -> frozenset[str]:
        """Every category any classifier can report (bounded metric label values)."""
        found: set[str] = set()
        for classifier in self.classifiers.values():
            found |= classifier.categories()
        return frozenset(found)


K = TypeVar("K")
V = TypeVar("V")

REMEMBERED = 4096  # answers kept per policy and question: paths repeat, and a flood of new ones
# must not grow a policy without bound (past the cap they are worked out each time)


def remembered(policy: Policy, name: str, key: K, work: Callable[[Policy, K], V]) -> V:
    """``work(policy, key)``, remembered on ``policy`` (which never changes) under ``name``."""
    memo: dict[K, V] = policy.__dict__.setdefault("_memo", {}).setdefault(name, {})
    try:
        return memo[key]
    except KeyError:
        value = work(policy, key)
        if len(memo) < REMEMBERED:
            memo[key] = value
        return value


def _matches(key: str, pattern: str, fold: bool) -> bool:
    return fnmatch.fnmatchcase(key, pattern.lower() if fold else pattern)
