"""Sentence-embedding classifiers: a trained linear head (``embedding_head``) and topics
defined by example sentences (``embedding_topics``).

The encoder (``encoders.py``: multilingual USE, MiniLM or a Hugging Face folder) is shared by
every classifier in the process and batched across requests like the ``transformers`` type.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import regex
from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..errors import PolicyError
from ..textfiles import read_yaml_file
from .asked_claims import asked_claims
from .base import (
    BuildContext,
    ClassifierOptions,
    Finding,
    TextClassifier,
    strongest_per_category,
)
from .char_ngrams import ngram_row
from .encoders import CPU_THREADS, embed_shared, set_torch_threads, shared_encoder

__all__ = ["EmbeddingHeadClassifier", "EmbeddingTopicsClassifier"]

NGRAM_CHARS = 2000  # as much as the encoder reads (use-m3 embeds the first 2,000 characters)
SENTENCE_END = regex.compile(r"[。！？；;!?\n]+|[.…]+(?=\s|$|\p{Han}|\p{Lu})")


# A sentence that asks for something: the part of a request a model must read on its own
# (a question, or an ask at its start; not an imperative in passing, "carry a knife in …").
ASKS = regex.compile(
    r"[？?]\s*$|^\s*请|怎么|怎样|如何|告诉我|教我|请你|请给|请帮|请问|请详细|帮我|给我|能否|能不能|有没有|哪里"
    r"|什么(?:办法|方法)|步骤|是否"
    r"|^(?:(?:please|now|so|and|then|ok|okay)[\s,]+)*(?:how|what|where|which|why|tell\s+me"
    r"|teach\s+me|show\s+me|explain|give\s+me|help\s+me|write|list|describe|provide"
    r"|outline|create|develop|design|draft|compose|generate|produce|build|plan|instruct|suggest"
    r"|(?:can|could|would|will)\s+you|i\s+(?:want|need)(?:\s+to)?)\b",
    regex.IGNORECASE,
)


LETTERS = regex.compile(r"\w")
LEAST_LETTERS = 8
CLEARS_MOST_CHARS = 400  # well inside what a 128-token encoder reads of English prose
CLEARS_MOST_SENTENCES = 8  # more asking sentences than this: not cleared (and not read)


def asking_sentences(text: str) -> list[str]:
    """The sentences of a text of two or more that ask for something, as written (none for a
    single sentence: the whole text is that sentence). One of fewer than
    :data:`LEAST_LETTERS` letters is read with the sentence before it: a closing such as
    麻烦帮我列几条。 names no topic, and alone the request model read it as an ask for harm."""
    ends = [m.end() for m in SENTENCE_END.finditer(text)]
    starts = [0, *ends]
    spans = [text[a:b].strip() for a, b in zip(starts, [*ends, len(text)], strict=True)]
    spans = [span for span in spans if span]
    if len(spans) < 2:
        return []
    asking: list[str] = []
    for index, span in enumerate(spans):
        if len(span) < 4 or not ASKS.search(span):
            continue
        short = len(LETTERS.findall(span)) < LEAST_LETTERS
        asking.append(spans[index - 1] + span if short and index else span)
    return asking


def line_runs(text: str, most: int, least_chars: int = 200) -> list[str]:
    """A text of several lines as runs of consecutive lines of at least ``least_chars`` (more
    when that would make over ``most`` runs): a disclaimer apart from the steps after it. None
    for a text that makes one run."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return []
    least = max(least_chars, -(-sum(map(len, lines)) // most))
    runs: list[str] = []
    current: list[str] = []
    for line in lines:
        current.append(line)
        if sum(map(len, current)) >= least:
            runs.append("\n".join(current))
            current = []
    if current:
        runs.append("\n".join(current))
    return runs if len(runs) > 1 else []


class EmbeddingHeadOptions(ClassifierOptions):
    type: str = "embedding_head"
    model: str = Field(
        description="Folder with head.json (weights, labels), relative to the policy."
    )
    encoder: str | None = Field(
        default=None,
        description="use-m3, minilm, an encoder folder or an adapter's .json (beside the head: "
        "its folder; else the working directory); default: the head's own, else minilm.",
    )
    labels: dict[str, str] = Field(default_factory=dict, description="Head label → category.")
    gates_from: list[str] = Field(
        default_factory=list,
        description="Other model folders whose gate also scales the score, e.g. the answer "
        "model's 'this refuses' on the request model reading answers.",
    )
    sentences: int = Field(
        default=0,
        ge=0,
        le=64,
        description="Also read up to this many of a text's asking sentences (怎么, 请, how, "
        "tell me, ?) one by one and report the strongest: a request padded with harmless "
        "sentences (a jailbreak wrapper, a story, text past what the encoder reads) is not "
        "averaged away. More than this many: those its n-grams score highest. 0: whole texts.",
    )
    paragraphs: int = Field(
        default=0,
        ge=0,
        le=64,
        description="Also read a text of several lines as up to this many runs of consecutive "
        "lines (200 characters or more each) and report the strongest: an answer that opens "
        "with a disclaimer and then complies is read apart from it. Costs about one more "
        "reading of the text. 0: whole texts only.",
    )
    claims: bool = Field(
        default=False,
        description="Read only the claims a request asks to have written (写一篇文章，说X → X; "
        "asked_claims.py), each as if it were said, and report the strongest; a text that asks "
        "for none gets no finding. For an abuse model reading the stance a writing ask wants.",
    )
    clears: bool = Field(
        default=False,
        description="Report how surely a text is the head's negative label (safe) instead: one "
        "finding a text, the lowest such score of the whole text and each sentence that asks "
        "for something; none for a text over 400 characters or of more than 8 asking "
        "sentences. For a rule's `unless`: a model that reads one language better clears "
        "another model's finding; a text it fails on or cannot read whole is never cleared.",
    )
    threshold: float = Field(default=0.5, ge=0.0, le=1.0)
    timeout_ms: float = Field(default=2000.0, gt=0)
    cpu_threads: int | None = Field(default=None, ge=1, description=CPU_THREADS)

    @model_validator(mode="after")
    def _clears_whole_requests(self) -> EmbeddingHeadOptions:
        if self.clears and (self.claims or self.paragraphs):
            raise ValueError("clears reads whole texts and their sentences: no claims, paragraphs")
        if self.clears and self.directions != ["input"]:
            raise ValueError("clears judges whole requests: set directions: [input]")
        return self


@dataclass(frozen=True)
class _Gate:
    """A binary logistic head on the embedding (and, optionally, hashed n-grams): P(fires)."""

    weight: Any
    bias: float
    ngrams: tuple[Any, int] | None = None
    ngram_file: Path | None = None

    @classmethod
    def load(cls, gate: dict[str, Any], folder: Path | None, dim: int) -> _Gate:
        weight = np.asarray(gate["weight"], dtype=np.float32)
        if weight.shape != (dim,):
            raise ValueError(f"gate weight is {weight.shape}, not ({dim},)")
        spec = gate.get("ngrams")
        if spec is None:
            return cls(weight, float(gate["bias"]))
        if folder is None:
            raise ValueError("a gate with n-gram weights is loaded from its folder")
        path = folder / spec["file"]
        ngram_weight = np.load(path).astype(np.float32)
        if ngram_weight.shape != (spec["buckets"],):
            raise ValueError(f"{spec['file']} is {ngram_weight.shape}, not ({spec['buckets']},)")
        return cls(weight, float(gate["bias"]), (ngram_weight, int(spec["buckets"])), path)

    def logits(self, matrix: Any, texts: list[str]) -> Any:
        logits = matrix @ self.weight + self.bias
        if self.ngrams is not None:
            _add_ngrams(logits, *self.ngrams, texts)
        return logits


def _add_ngrams(logits: Any, weight: Any, buckets: int, texts: list[str]) -> None:
    """Add each text's hashed n-grams times ``weight`` (buckets last) to its row of logits."""
    for row, text in enumerate(texts):
        columns, values = ngram_row(text[:NGRAM_CHARS], buckets)
        if len(columns):
            logits[row] += weight[..., columns] @ values


def load_head(
    options: EmbeddingHeadOptions, context: BuildContext
) -> tuple[dict[str, Any], Path, dict[Path, dict[str, Any]]]:
    """The head named by ``options.model``, its folder, and the gates it borrows by file."""
    folder = context.base_dir / options.model
    head = json.loads((folder / "head.json").read_text(encoding="utf-8"))
    borrowed: dict[Path, dict[str, Any]] = {}
    for other in options.gates_from:
        path = context.base_dir / other / "head.json"
        other_head = json.loads(path.read_text(encoding="utf-8"))
        if other_head.get("gate") is None:
            raise ValueError(f"{other} has no gate to borrow")
        if other_head.get("encoder") != head.get("encoder"):
            raise ValueError(f"{other} gates {other_head.get('encoder')!r} embeddings")
        borrowed[path] = other_head["gate"]
    return head, folder, borrowed


class EmbeddingHeadClassifier(TextClassifier):
    """A linear softmax head over sentence embeddings (trained by the scripts in scripts/).

    A head whose ``head.json`` names a ``negative`` label (``safe``, say) reports at most one
    finding a text: the score is the probability of *not* being negative, the category that of
    the most probable other label. Otherwise each mapped label is scored on its own. A ``gate``
    (a logistic head of its own, e.g. "this answer refuses") scales every score by the
    probability that the gate does *not* fire: harmful topic AND not a refusal. ``gates_from``
    borrows other heads' gates (all on the same encoder), each scaling the score the same way.
    """

    type_name = "embedding_head"
    learned = True
    Options: ClassVar[type[ClassifierOptions]] = EmbeddingHeadOptions

    def __init__(
        self,
        classifier_id: str,
        options: EmbeddingHeadOptions,
        head: dict[str, Any],
        folder: Path | None = None,
        borrowed: dict[Path, dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(classifier_id, options)
        self.options: EmbeddingHeadOptions = options
        encoder = options.encoder or head.get("encoder")
        if encoder is not None and encoder.endswith(".json") and folder is not None:
            encoder = str(folder / encoder)  # an adapter shipped beside the head
        set_torch_threads(options.cpu_threads)
        self.encoder = shared_encoder(encoder)
        self.weight = np.asarray(head["weight"], dtype=np.float32)
        self.bias = np.asarray(head["bias"], dtype=np.float32)
        self.head_labels: list[str] = head["labels"]
        if self.weight.shape != (len(self.head_labels), self.encoder.dim):
            raise ValueError(
                f"head weight is {self.weight.shape}, the encoder {self.encoder.name!r} "
                f"needs ({len(self.head_labels)}, {self.encoder.dim})"
            )
        self.ngrams: tuple[Any, int] | None = None
        if head.get("ngrams") is not None:
            spec = head["ngrams"]
            if folder is None:
                raise ValueError("a head with n-gram weights is loaded from its folder")
            weights = np.load(folder / spec["file"]).astype(np.float32)
            if weights.shape != (len(self.head_labels), spec["buckets"]):
                raise ValueError(
                    f"{spec['file']} is {weights.shape}, not its head's labels × buckets"
                )
            self.ngrams = (weights, int(spec["buckets"]))
        own = head.get("gate")
        self.gates = [_Gate.load(own, folder, self.encoder.dim)] if own is not None else []
        self.gate_files = list(borrowed or {})  # borrowed files count in the policy version
        for path, gate in (borrowed or {}).items():
            self.gates.append(_Gate.load(gate, path.parent, self.encoder.dim))
            if self.gates[-1].ngram_file is not None:
                self.gate_files.append(self.gates[-1].ngram_file)
        self.negative: int | None = None
        if head.get("negative") is not None:
            self.negative = self.head_labels.index(head["negative"])
        positives = [label for i, label in enumerate(self.head_labels) if i != self.negative]
        mapping = (
            options.labels
            or head.get("categories")
            or {
                label: label
                for label in (positives if self.negative is not None else positives[1:])
            }
        )
        unknown = set(mapping) - set(self.head_labels)
        if unknown:
            raise ValueError(f"labels {sorted(unknown)} are not the head's {self.head_labels}")
        self.category_of = {self.head_labels.index(k): v for k, v in mapping.items()}
        self.cleared_as: tuple[int, str] | None = None  # the negative label's index, category
        if options.clears:
            if self.negative is None:
                raise ValueError("clears reads a head with a negative label (head.json)")
            negative = self.head_labels[self.negative]
            self.cleared_as = (self.negative, options.labels.get(negative, negative))

    @classmethod
    def build(
        cls, classifier_id: str, raw: dict[str, Any], context: BuildContext
    ) -> EmbeddingHeadClassifier:
        options = EmbeddingHeadOptions.model_validate(raw)
        return cls(classifier_id, options, *load_head(options, context))

    @property
    def clears(self) -> bool:
        return self.cleared_as is not None

    def categories(self) -> frozenset[str]:
        if self.cleared_as is not None:
            return frozenset({self.cleared_as[1]})
        return frozenset(self.category_of.values())

    def source_files(self) -> list[Path]:
        return self.gate_files  # its own folder is the `model` digest

    def probabilities(self, vectors: list[list[float]], texts: list[str]) -> tuple[Any, Any]:
        """Per text: the head's class probabilities, and the share the gate lets through."""
        matrix = np.asarray(vectors, dtype=np.float32)
        logits = matrix @ self.weight.T + self.bias
        if self.ngrams is not None:
            _add_ngrams(logits, *self.ngrams, texts)
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        passed = np.ones(len(matrix), dtype=np.float32)
        for gate in self.gates:
            passed *= 1.0 / (1.0 + np.exp(gate.logits(matrix, texts)))
        return exp / exp.sum(axis=1, keepdims=True), passed

    def findings(self, probabilities: Any, passed: float = 1.0) -> list[Finding]:
        threshold = self.options.threshold
        if self.negative is None:
            return [
                Finding(self.id, category, round(float(probabilities[i] * passed), 6))
                for i, category in self.category_of.items()
                if probabilities[i] * passed >= threshold
            ]
        score = (1.0 - float(probabilities[self.negative])) * float(passed)
        if score < threshold:
            return []
        best = max(self.category_of, key=lambda i: probabilities[i])
        return [Finding(self.id, self.category_of[best], round(score, 6))]

    def _likeliest(self, sentences: list[str], most: int) -> list[str]:
        """At most ``most`` sentences: those the head's n-grams alone score least negative
        (cheap: no encoder), else the first and the last."""
        if len(sentences) <= most:
            return sentences
        if self.ngrams is None or self.negative is None:
            return sentences[: most // 2] + sentences[len(sentences) - (most - most // 2) :]
        logits = np.zeros((len(sentences), len(self.head_labels)), dtype=np.float32)
        _add_ngrams(logits, *self.ngrams, sentences)
        logits += self.bias
        harm = logits.max(axis=1) - logits[:, self.negative]
        keep = sorted(np.argsort(-harm, kind="stable")[:most])
        return [sentences[i] for i in keep]

    async def classify(self, texts: list[str]) -> list[list[Finding]]:
        if self.cleared_as is not None:
            return await self._cleared(texts, *self.cleared_as)
        runs: list[str] = []
        owners: list[int] = []
        for owner, text in enumerate(texts):
            parts = self._parts(text)
            runs += parts
            owners += [owner] * len(parts)
        whole = [] if self.options.claims else texts  # claims: the parts alone are read
        read = [*whole, *runs]
        if not read:
            return [[] for _ in texts]
        probabilities, passed = self.probabilities(await embed_shared(self.encoder, read), read)
        judged = [self.findings(p, g) for p, g in zip(probabilities, passed, strict=True)]
        found = judged[: len(whole)] or [[] for _ in texts]
        for owner, run_found in zip(owners, judged[len(whole) :], strict=True):
            merged = strongest_per_category(found[owner], run_found)
            if self.negative is not None and len(merged) > 1:  # one finding a text, as whole
                merged = [max(merged, key=lambda f: f.score)]
            found[owner] = merged
        return found

    async def _cleared(self, texts: list[str], negative: int, category: str) -> list[list[Finding]]:
        """Per text, the lowest probability of the negative label over the whole text and each
        of its asking sentences (all of them): a harmful ask padded with safe sentences is not
        cleared by them."""
        read: list[str] = []
        owners: list[int] = []
        for owner, text in enumerate(texts):
            if len(text) > CLEARS_MOST_CHARS:
                continue
            asking = asking_sentences(text)
            if len(asking) <= CLEARS_MOST_SENTENCES:  # many short asks cost the batch, clear none
                read += [text, *asking]
                owners += [owner] * (1 + len(asking))
        found: list[list[Finding]] = [[] for _ in texts]
        if not read:
            return found
        probabilities, passed = self.probabilities(await embed_shared(self.encoder, read), read)
        lowest: dict[int, float] = {}
        for owner, p, g in zip(owners, probabilities, passed, strict=True):
            cleared = 1.0 - (1.0 - float(p[negative])) * float(g)
            lowest[owner] = min(lowest.get(owner, 1.0), cleared)
        for owner, score in lowest.items():
            if score >= self.options.threshold:
                found[owner] = [Finding(self.id, category, round(score, 6))]
        return found

    def _parts(self, text: str) -> list[str]:
        """What is read of ``text`` besides (or, for claims, instead of) the whole."""
        if self.options.claims:
            return asked_claims(text)
        parts: list[str] = []
        if self.options.sentences:
            parts += self._likeliest(asking_sentences(text), self.options.sentences)
        if self.options.paragraphs:
            parts += line_runs(text, self.options.paragraphs)
        return parts


class EmbeddingTopicsOptions(ClassifierOptions):
    type: str = "embedding_topics"
    topics: dict[str, list[str]] = Field(
        default_factory=dict, description="Category → example sentences."
    )
    unlike: list[str] = Field(
        default_factory=list,
        description="Counter-examples: a text nearer one of these than to every example of a "
        "topic is not that topic, however near it is (everyday lines that share the examples' "
        "words).",
    )
    files: list[str] = Field(
        default_factory=list,
        description="YAML files of more topics (`topics: {category: [sentences]}`, and "
        "`unlike: [sentences]`), relative to the policy.",
    )
    threshold: float = Field(default=0.6, ge=-1.0, le=1.0, description="Cosine similarity.")
    sentences: int = Field(
        default=0,
        ge=0,
        le=64,
        description="Also read up to this many of a text's asking sentences one by one, each "
        "against the examples and counter-examples on its own: an ask padded with a story or "
        "more asks is not averaged away. More than this many: those sharing most character "
        "pairs with the examples. 0: whole texts only.",
    )
    encoder: str | None = None
    timeout_ms: float = Field(default=2000.0, gt=0)


def _pairs(text: str) -> set[str]:
    """The text's adjacent letter pairs, lower-cased (CJK characters and Latin letters alike)."""
    letters = "".join(LETTERS.findall(text.lower()))
    return {letters[i : i + 2] for i in range(len(letters) - 1)}


class EmbeddingTopicsClassifier(TextClassifier):
    """A text belongs to a topic when it, or one of its asking sentences (``sentences``), is
    close enough to one of the topic's examples and nearer them than to every counter-example."""

    type_name = "embedding_topics"
    learned = True
    Options = EmbeddingTopicsOptions

    def __init__(
        self, classifier_id: str, options: EmbeddingTopicsOptions, files: list[Path] | None = None
    ) -> None:
        super().__init__(classifier_id, options)
        self.options: EmbeddingTopicsOptions = options
        self._files = files or []
        if not any(options.topics.values()):
            raise PolicyError("an embedding_topics classifier needs example sentences")
        self.encoder = shared_encoder(options.encoder)
        self.examples = {
            topic: np.asarray(self.encoder.embed(sentences), dtype=np.float32)
            for topic, sentences in options.topics.items()
            if sentences
        }
        self.unlike = (
            np.asarray(self.encoder.embed(options.unlike), dtype=np.float32)
            if options.unlike
            else None
        )
        self.example_pairs: set[str] = set()
        if options.sentences:
            for sentences in options.topics.values():
                for sentence in sentences:
                    self.example_pairs |= _pairs(sentence)

    @classmethod
    def build(
        cls, classifier_id: str, raw: dict[str, Any], context: BuildContext
    ) -> EmbeddingTopicsClassifier:
        options = EmbeddingTopicsOptions.model_validate(raw)
        files = [context.base_dir / name for name in options.files]
        topics = {topic: list(sentences) for topic, sentences in options.topics.items()}
        unlike = list(options.unlike)
        for path in files:
            found = topic_file(path)
            for topic, sentences in found.topics.items():
                topics.setdefault(topic, []).extend(sentences)
            unlike += found.unlike
        update = {"topics": topics, "unlike": unlike}
        return cls(classifier_id, options.model_copy(update=update), files)

    def categories(self) -> frozenset[str]:
        return frozenset(self.options.topics)

    def source_files(self) -> list[Path]:
        return list(self._files)

    def _likeliest(self, sentences: list[str]) -> list[str]:
        """At most ``options.sentences`` of them: those sharing the most character pairs with
        the examples (cheap: no encoder), in their order."""
        most = self.options.sentences
        if len(sentences) <= most:
            return sentences
        shared = [len(_pairs(sentence) & self.example_pairs) for sentence in sentences]
        keep = sorted(np.argsort(-np.asarray(shared), kind="stable")[:most].tolist())
        return [sentences[i] for i in keep]

    async def classify(self, texts: list[str]) -> list[list[Finding]]:
        read = list(texts)
        owners = list(range(len(texts)))
        if self.options.sentences:
            for owner, text in enumerate(texts):
                runs = self._likeliest(asking_sentences(text))
                read += runs
                owners += [owner] * len(runs)
        vectors = np.asarray(await embed_shared(self.encoder, read), dtype=np.float32)
        bar = np.full(len(read), self.options.threshold, dtype=np.float32)
        if self.unlike is not None:  # nearer a counter-example than the bar: that is the bar
            bar = np.maximum(bar, np.nextafter((vectors @ self.unlike.T).max(axis=1), np.inf))
        best: list[dict[str, float]] = [{} for _ in texts]
        for topic, examples in self.examples.items():
            nearest = (vectors @ examples.T).max(axis=1)
            for index in np.flatnonzero(nearest >= bar).tolist():
                strongest = best[owners[index]]
                strongest[topic] = max(strongest.get(topic, -1.0), float(nearest[index]))
        return [
            [Finding(self.id, topic, round(max(score, 0.0), 6)) for topic, score in found.items()]
            for found in best
        ]


class _TopicFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    topics: dict[str, list[str]]
    unlike: list[str] = []


def topic_file(path: Path) -> _TopicFile:
    """The topics (and counter-examples) of one example file; a :class:`PolicyError` naming the
    file if unreadable."""
    return read_yaml_file(path, _TopicFile, "topic file")
