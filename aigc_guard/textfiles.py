"""Reading the text files a policy names: UTF-8 (a BOM is fine), errors with file and line;
YAML files checked against a model."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .errors import PolicyError

__all__ = ["read_utf8", "read_yaml_file"]

Model = TypeVar("Model", bound=BaseModel)


def read_utf8(path: Path, what: str) -> str:
    """The file's text; a :class:`PolicyError` naming ``what``, the file and the line if not."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PolicyError(f"cannot read {what}: {exc.strerror or exc}", file=str(path)) from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise PolicyError(f"{what} is not UTF-8", file=str(path), line=line) from exc


def read_yaml_file(path: Path, model: type[Model], what: str) -> Model:
    """The YAML file as ``model``; a :class:`PolicyError` naming ``what``, the file and the
    first field in error if it cannot be read."""
    try:
        return model.model_validate(yaml.safe_load(read_utf8(path, what)))
    except yaml.YAMLError as exc:
        raise PolicyError(f"{what} is not YAML: {exc}", file=str(path)) from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        detail = f"{where}: {first['msg']}" if where else first["msg"]
        raise PolicyError(f"{what}: {detail}", file=str(path)) from exc
