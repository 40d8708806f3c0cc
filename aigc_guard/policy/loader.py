"""Load a policy file: YAML → validated schema → built classifiers → :class:`Policy`.

Every error names the file, the line and the field, and says what is wrong.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import time
import typing
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from .. import pinyin
from ..allocator import collector_paused
from ..classifiers.base import BuildContext, Classifier, TextClassifier
from ..classifiers.registry import classifier_types
from ..classifiers.unloaded import Unloaded
from ..compliance.validate import check_compliance
from ..errors import ClassifierError, PolicyError
from ..textfiles import read_utf8
from .compiled import CompiledRule, Policy
from .schema import SERVICE_TYPES, Action, Condition, Direction, Override, PolicyFile, Rule

__all__ = ["load_policy", "parse_policy"]


def _line_of(node: yaml.Node | None, loc: Sequence[int | str]) -> int | None:
    """1-based line of the YAML node at ``loc`` (or of its deepest existing parent)."""
    if node is None:
        return None
    line: int = node.start_mark.line + 1
    for key in loc:
        child: yaml.Node | None = None
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if key_node.value == str(key):
                    child = value_node
                    break
        elif (
            isinstance(node, yaml.SequenceNode)
            and isinstance(key, int)
            and 0 <= key < len(node.value)
        ):
            child = node.value[key]
        if child is None:
            break
        node = child
        line = node.start_mark.line + 1
    return line


def _key_line(node: yaml.Node | None, loc: Sequence[int | str]) -> int | None:
    """1-based line of the *key* at ``loc`` (an unknown key's own line, not its value's)."""
    parent = node
    for key in loc[:-1]:
        parent = _child(parent, key)
    if isinstance(parent, yaml.MappingNode):
        for key_node, _ in parent.value:
            if key_node.value == str(loc[-1]):
                return int(key_node.start_mark.line) + 1
    return _line_of(node, loc)


def _child(node: yaml.Node | None, key: int | str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        return next((v for k, v in node.value if k.value == str(key)), None)
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
        return node.value[key]  # type: ignore[no-any-return]
    return None


def _validation_error(
    exc: ValidationError,
    root: yaml.Node | None,
    file: str,
    prefix: Sequence[int | str] = (),
    model: type[BaseModel] | None = None,
) -> PolicyError:
    """The first problem, an unknown key before anything else (a misspelled key also makes
    the real one "missing"), named with the nearest valid key where one is close."""
    errors = exc.errors()
    first = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
    loc = [*prefix, *first["loc"]]
    field = ".".join(str(part) for part in loc) or None
    if first["type"] != "extra_forbidden":
        return PolicyError(first["msg"], file=file, line=_line_of(root, loc), field=field)
    unknown = str(first["loc"][-1])
    valid = _fields_at(model, list(first["loc"][:-1])) if model is not None else []
    close = difflib.get_close_matches(unknown, valid, n=1, cutoff=0.6)
    reason = f"unknown key {unknown!r}" + (f" (did you mean {close[0]!r}?)" if close else "")
    if valid and not close:
        reason += f"; valid keys: {', '.join(sorted(valid))}"
    return PolicyError(reason, file=file, line=_key_line(root, loc), field=field)


def _error_at(
    reason: str, file: str, root: yaml.Node | None, loc: Sequence[int | str]
) -> PolicyError:
    """An error at ``loc`` of the policy file: its line and its dotted field."""
    return PolicyError(reason, file=file, line=_line_of(root, loc), field=".".join(map(str, loc)))


def _fields_at(model: type[BaseModel], loc: list[int | str]) -> list[str]:
    """The field names of the model found at ``loc`` below ``model`` (lists and dicts passed
    through); empty when the place is not a model."""
    current: Any = model
    for part in loc:
        if isinstance(part, int) or not (
            isinstance(current, type) and issubclass(current, BaseModel)
        ):
            current = _inner_model(current)
            if isinstance(part, int):
                continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return []
        info = current.model_fields.get(str(part))
        if info is None:
            return []
        current = _inner_model(info.annotation)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _inner_model(annotation: Any) -> Any:
    """A model inside ``list[M]``, ``dict[str, M]``, ``M | None``; else the annotation."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _inner_model(arg)
        if isinstance(found, type) and issubclass(found, BaseModel):
            return found
    return annotation


def merged(base: Mapping[str, Any], overlay: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` with ``overlay`` laid over it: mappings merge key by key, the rest is replaced."""
    out = dict(base)
    for key, value in overlay.items():
        current = out.get(key)
        if isinstance(current, Mapping) and isinstance(value, Mapping):
            out[key] = merged(current, value)
        else:
            out[key] = value
    return out


def parse_policy(
    text: str,
    *,
    base_dir: Path,
    source: Path | None = None,
    overlay: Mapping[str, Any] | None = None,
    models: bool = True,
) -> Policy:
    """Build a policy from YAML text; relative file names resolve against ``base_dir``.

    ``overlay`` (settings given by a program, such as the demo's audit log and console) is
    merged over the file before validation, and is part of the policy's version.
    ``models=False`` leaves model classifiers unloaded (:class:`Unloaded` stands in), for
    commands that read a policy without judging text (coverage, audit).
    """
    with collector_paused():  # the entries it makes all survive: no collection walks them
        if models:
            pinyin.warm_up()  # once a process, before a server or a batch scan forks
        return _parse_policy(text, base_dir, source, overlay, models)


def _parse_policy(
    text: str,
    base_dir: Path,
    source: Path | None,
    overlay: Mapping[str, Any] | None,
    models: bool,
) -> Policy:
    file = str(source) if source else "<policy>"
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data: Any = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(exc, "problem", None) or str(exc)
        raise PolicyError(f"not valid YAML: {reason}", file=file, line=line) from exc
    if not isinstance(data, dict):
        raise PolicyError("a policy is a YAML mapping (version, classifiers, rules, …)", file=file)
    if overlay:
        data = merged(data, overlay)
        text += "\n# overlay: " + json.dumps(overlay, sort_keys=True, default=str)
    try:
        config = PolicyFile.model_validate(data)
    except ValidationError as exc:
        raise _validation_error(exc, root, file, model=PolicyFile) from exc

    types = classifier_types()
    context = BuildContext(base_dir=base_dir, policy_file=file)
    classifiers: dict[str, Classifier] = {}
    build_seconds: dict[str, float] = {}
    for name, raw in config.classifiers.items():
        loc: list[int | str] = ["classifiers", name]
        cls = types.get(str(raw["type"]))
        if cls is None:
            raise PolicyError(
                f"unknown classifier type {raw['type']!r}; known: {sorted(types)}",
                file=file,
                line=_line_of(root, [*loc, "type"]),
                field=f"classifiers.{name}.type",
            )
        if not models and issubclass(cls, TextClassifier) and cls.loads_model:
            classifiers[name] = Unloaded.standing_in_for(name, raw, base_dir)
            continue
        try:
            started = time.perf_counter()
            classifiers[name] = cls.build(name, raw, context)
            build_seconds[name] = time.perf_counter() - started
        except ValidationError as exc:
            options_model = getattr(cls, "Options", None)
            raise _validation_error(exc, root, file, loc, model=options_model) from exc
        except PolicyError as exc:
            if exc.file is None or exc.file == "<policy>":
                field = f"classifiers.{name}" + (f".{exc.field}" if exc.field else "")
                path = [*loc, *(exc.field.split(".") if exc.field else [])]
                raise PolicyError(
                    exc.reason, file=file, line=_line_of(root, path), field=field
                ) from exc
            # A file the classifier reads (a term list): name it, and where the policy names it.
            term_file = exc.file + (f":{exc.line}" if exc.line else "")
            files = [*loc, "files"]
            raise _error_at(
                f"{term_file}: {exc.reason}",
                file,
                root,
                files,
            ) from exc
        except (ClassifierError, OSError, RuntimeError, ValueError) as exc:
            raise PolicyError(
                f"classifier could not be built: {exc}",
                file=file,
                line=_line_of(root, loc),
                field=f"classifiers.{name}",
            ) from exc

    rules: list[CompiledRule] = []
    seen_ids: set[str] = set()
    for index, rule in enumerate(config.rules):
        rule_id = rule.id or f"rule-{index + 1}"
        where: list[int | str] = ["rules", index]
        if rule_id in seen_ids:
            raise PolicyError(
                f"duplicate rule id {rule_id!r}",
                file=file,
                line=_line_of(root, [*where, "id"]),
                field=f"rules.{index}.id",
            )
        seen_ids.add(rule_id)
        named_at: list[tuple[list[int | str], Condition | None]] = [(["when"], rule.when)]
        for key, conditions in (
            ("also", rule.also),
            ("unless", rule.unless),
            ("asked", rule.asked),
        ):
            if isinstance(conditions, list):
                named_at += [([key, i], c) for i, c in enumerate(conditions)]
            else:
                named_at.append(([key], conditions))
        for part, condition in named_at:
            named = condition.classifier if condition is not None else None
            if named is not None and named not in classifiers:
                raise PolicyError(
                    f"rule names classifier {named!r}, which the policy does not define "
                    f"(defined: {sorted(classifiers)})",
                    file=file,
                    line=_line_of(root, [*where, *part, "classifier"]),
                    field=".".join(map(str, ["rules", index, *part, "classifier"])),
                )
        rules.append(CompiledRule(rule_id, rule))
    rules += _grounding_rules(config, classifiers, rules, root, file)

    _check_overrides(config, classifiers, {r.id for r in rules}, root, file)

    def fail(reason: str, loc: list[int | str]) -> PolicyError:
        return _error_at(reason, file, root, loc)

    for i, name in enumerate(config.declarations.classifiers or ()):
        if name not in classifiers:
            raise fail(
                f"declarations name classifier {name!r}, which the policy does not define",
                ["declarations", "classifiers", i],
            )
    check_compliance(config, fail)
    digest = _version_digest(text, classifiers, base_dir)
    return Policy(
        config=config,
        classifiers=classifiers,
        rules=tuple(rules),
        version=f"{config.name}@{digest}",
        source=source,
        build_seconds=build_seconds,
    )


def _version_digest(text: str, classifiers: Mapping[str, Classifier], base_dir: Path) -> str:
    """The policy's version: a hash of its text and of every file its classifiers read, so
    editing a lexicon changes the version that decisions and metrics name. Paths count
    relative to the policy's folder: the same policy has one version wherever it is checked
    out."""
    digest = hashlib.sha256(text.encode("utf-8"))
    base = base_dir.resolve()
    files = sorted({f.resolve() for c in classifiers.values() for f in c.source_files()})
    for path in files:
        try:
            name = path.relative_to(base).as_posix()
        except ValueError:
            name = os.path.relpath(path, base).replace(os.sep, "/")
        digest.update(b"\0" + name.encode("utf-8") + b"\0")
        try:
            digest.update(hashlib.sha256(path.read_bytes()).digest())
        except OSError:
            digest.update(b"unreadable")
    return digest.hexdigest()[:12]


def _grounding_rules(
    config: PolicyFile,
    classifiers: dict[str, Classifier],
    rules: list[CompiledRule],
    root: yaml.Node | None,
    file: str,
) -> list[CompiledRule]:
    """Every route's service type must exist; a grounding classifier no rule names is
    flagged on the answers of its routes (a rule ``grounding-<type>``)."""
    added: list[CompiledRule] = []
    for i, route in enumerate(config.routes):
        if route.service_type is None:
            continue
        service = config.service_type(route.name)
        where: list[int | str] = ["routes", i, "service_type"]
        if service is None:
            known = sorted({*SERVICE_TYPES, *config.service_types})
            raise _error_at(
                f"service type {route.service_type!r} is not defined (known: {known})",
                file,
                root,
                where,
            )
        grounding = service.grounding
        if grounding is None:
            continue
        if grounding not in classifiers:
            loc: list[int | str] = ["service_types", route.service_type, "grounding"]
            raise _error_at(
                f"grounding names classifier {grounding!r}, which the policy does not define",
                file,
                root,
                loc,
            )
        rule_id = f"grounding-{route.service_type}"
        named = any(r.rule.when.classifier == grounding for r in [*rules, *added])
        if not named:
            rule = Rule(
                id=rule_id,
                when=Condition(classifier=grounding),
                action=Action.FLAG,
                direction=Direction.OUTPUT,
            )
            added.append(CompiledRule(rule_id, rule))
    return added


def _check_overrides(
    config: PolicyFile,
    classifiers: dict[str, Classifier],
    rule_ids: set[str],
    root: yaml.Node | None,
    file: str,
) -> None:
    """Every id an override names must exist; every route a tenant names, too."""
    known = set(classifiers) | rule_ids
    route_names = {r.name for r in config.routes}
    places: list[tuple[list[int | str], Override]] = []
    for i, route in enumerate(config.routes):
        places.append((["routes", i, "overrides"], route.overrides))
    for name, service in config.service_types.items():
        places.append((["service_types", name, "overrides"], service.overrides))
    minors = config.compliance.minors
    places.append(
        (["compliance", "minors"], Override(enable=minors.enable, disable=minors.disable))
    )
    for i, entry in enumerate(config.tenants.entries):
        places.append((["tenants", "entries", i, "overrides"], entry.overrides))
        for name, override in entry.routes.items():
            where: list[int | str] = ["tenants", "entries", i, "routes", name]
            if name not in route_names:
                raise _error_at(
                    f"tenant {entry.name!r} names route {name!r}, which is not defined",
                    file,
                    root,
                    where,
                )
            places.append((where, override))
    for i, entry in enumerate(config.tenants.entries):
        if entry.explicit_label_waiver is not None and not entry.api_key_hashes:
            loc: list[int | str] = ["tenants", "entries", i, "explicit_label_waiver"]
            raise _error_at(
                f"tenant {entry.name!r}: a label waiver is granted by API key (a header can be "
                "set by any client): give the tenant api_key_hashes",
                file,
                root,
                loc,
            )
    for where, override in places:
        for kind in ("disable", "enable"):
            for index, name in enumerate(getattr(override, kind)):
                if name not in known:
                    loc = [*where, kind, index]
                    raise _error_at(
                        f"{name!r} is neither a classifier nor a rule id of this policy",
                        file,
                        root,
                        loc,
                    )


def load_policy(
    path: str | Path, overlay: Mapping[str, Any] | None = None, *, models: bool = True
) -> Policy:
    """Load and compile a policy file. Raises :class:`PolicyError` naming file and line.

    ``models=False``: model classifiers are not loaded (for commands that judge no text)."""
    source = Path(path)
    text = read_utf8(source, "policy")
    return parse_policy(
        text, base_dir=source.resolve().parent, source=source, overlay=overlay, models=models
    )
