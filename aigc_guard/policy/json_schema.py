"""The JSON Schema of policy files, with each built-in classifier type's options."""

from __future__ import annotations

from typing import Any

from ..classifiers.registry import classifier_types
from .schema import PolicyFile

__all__ = ["policy_json_schema"]


def policy_json_schema() -> dict[str, Any]:
    schema = PolicyFile.model_json_schema()
    defs = schema.setdefault("$defs", {})
    variants = []
    for name, cls in sorted(classifier_types().items()):
        options_schema = cls.Options.model_json_schema()
        defs.update(options_schema.pop("$defs", {}))
        options_schema["properties"]["type"] = {"const": name}
        options_schema["required"] = sorted({"type", *options_schema.get("required", [])})
        title = f"{cls.__name__}Options"
        defs[title] = options_schema
        variants.append({"$ref": f"#/$defs/{title}"})
    schema["properties"]["classifiers"]["additionalProperties"] = {"anyOf": variants}
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "aigc_guard policy"
    return schema
