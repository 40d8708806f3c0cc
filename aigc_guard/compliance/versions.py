"""What a classifier was built from, by digest: its files (lexicons, corpora) and its model
folder. Traces and evidence bundles name the same versions the same way."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from ..classifiers.base import Classifier

__all__ = ["SERVED", "file_digest", "model_digest", "version_of"]

SERVED = "served (not a local folder)"


def file_digest(path: Path) -> str:
    """The SHA-256 of a file, read now (for checking: never trusts a modification time)."""
    digest = hashlib.sha256()
    with path.open("rb") as source:
        for block in iter(lambda: source.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def version_of(path: Path) -> str:
    """:func:`file_digest` for naming a version, cached while the file's size and
    modification time stay (lexicons and model weights are read again only when they change)."""
    stat = path.stat()
    return _cached(path.resolve(), stat.st_size, stat.st_mtime)


@functools.lru_cache(maxsize=1024)
def _cached(path: Path, size: int, mtime: float) -> str:
    return file_digest(path)


def model_digest(classifier: Classifier, base: Path) -> tuple[str, str] | None:
    """(the ``model`` option, a digest over its folder's files and their names), or
    :data:`SERVED` for a model on a server; None for a classifier without a model."""
    model = getattr(classifier.options, "model", None)
    if not isinstance(model, str):
        return None
    folder = (base / model).resolve()
    if not folder.is_dir():
        return model, SERVED
    combined = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        combined.update(f"{path.relative_to(folder)}:{version_of(path)}\n".encode())
    return model, combined.hexdigest()
