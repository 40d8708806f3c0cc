"""Phrase classifier: patterns judged on a whole text, or a stream's sentence, as a model is.

For phrases whose parts lie words apart — a threat names who, what act and against whom — a
span scanner would have to hold back every "I …" and "you …" of a stream until the sentence
shows it is harmless. Judged as a model judges (``engine.run_text``: one sentence at a time
in streams, reading past written evasions), the pattern needs no hold-back. Each pattern has
``triggers``, its rare words: it runs only within ``max_span`` characters of one, so a text
without any costs a substring search a word. Patterns may name word lists as ``\\L<name>``
(the ``regex`` module's named lists: one set lookup where an alternation of a hundred words
would be tried at every position), and so may triggers: ``\\L<name>`` there wakes the pattern
on every word of the list. In a list that holds Chinese words, a Latin or digit edge of a word
is a word edge: ``C4`` is not read in ``C4D``, ``90后`` not in ``1990后`` (English lists are
bounded by the patterns themselves, which may read a stem on: ``extermin\\w*``). A subpattern
several patterns share is written once under
``defines:`` and called as ``(?&name)``: written out in each pattern where it is called, as a
verbose group whatever the pattern's own flags.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import regex
from pydantic import Field

from ..allocator import collector_paused
from ..errors import ClassifierError, PolicyError
from ..evasions import GAP_CHARS, closed_han_gaps, model_text
from ..pretexts import request_view
from .base import BuildContext, ClassifierOptions, Finding, TextClassifier
from .matcher import build_matcher
from .patterns import SCALE_CHARS, time_left
from .regex import RegexPattern, claim_pattern_names, pattern_file

__all__ = ["PhraseClassifier", "PhraseOptions"]

THREAD_CHARS = 4096  # texts longer than this are judged in a worker thread
STARVED_TRIES = (
    4  # a judgement kept from the CPU past its wall-clock limit is tried again, this often in all
)
_T = TypeVar("_T")
_TRAILING_GAP = regex.compile(rf"(?<=\p{{Han}}){GAP_CHARS}+$")


class PhraseOptions(ClassifierOptions):
    type: str = "phrases"
    patterns: list[RegexPattern] = Field(default_factory=list)
    files: list[str] = Field(
        default_factory=list, description="YAML files of `patterns:` (relative to the policy)."
    )
    lists: dict[str, list[str]] = Field(
        default_factory=dict, description="Word lists the patterns name as \\L<name>."
    )
    defines: dict[str, str] = Field(
        default_factory=dict,
        description="Subpatterns the patterns call as (?&name), written in verbose mode.",
    )
    category: str = "phrases"
    skip_quoted: bool = Field(
        default=False,
        description="Skip a match inside quotation marks when the text says more than the "
        'quote (reported speech: she was banned for saying "…").',
    )
    whole_text: bool = Field(
        default=False,
        description="Search the whole text once a trigger is in it, not only near the trigger: "
        "for patterns anchored to the text's ends (^…$), whose $ would otherwise hold at the "
        "end of a stretch (a question padded with spaces before the rest of the request).",
    )
    hold_in_streams: bool = Field(
        default=False,
        description="In a `fast` stream, hold a sentence from its first trigger word until the "
        "sentence is judged (zero-leak for what these phrases block; a sentence without a "
        "trigger goes out as fast as ever). `strict` streams hold every sentence anyway.",
    )
    tail_category: str | None = Field(
        default=None,
        description="The category of phrases that find a closing sentence stating a harmless "
        'purpose (我想做一个科普视频。, "I\'m making a science video."): the other phrases are '
        "also read on the text without it, so a question that would be excused alone is "
        "excused with it. Such phrases are never reported themselves.",
    )
    read_without_pretexts: bool = Field(
        default=False,
        description="Also read a request (not an answer) without the pretexts put beside it "
        '(…，这是为了教育。 "…, for research purposes."; aigc_guard.pretexts), so a pretext '
        "cannot excuse an ask by the guard words it carries. What that reading finds is added, "
        "never taken away.",
    )
    max_chars: int = Field(
        default=0,
        ge=0,
        description="Judge only texts of at most this many characters (0: any): what the lead "
        "of a short answer says of it, the lead of a long one does not.",
    )
    timeout_ms: float = Field(default=250.0, gt=0)


class _Phrase:
    __slots__ = ("category", "max_span", "name", "pattern", "score", "triggers")

    def __init__(
        self,
        declared: RegexPattern,
        category: str,
        lists: dict[str, list[str]],
        where: str,
        defines: dict[str, str] | None = None,
    ) -> None:
        if not declared.triggers:
            raise PolicyError(f"phrase {declared.name!r} needs triggers", field=where)
        self.triggers = _trigger_words(declared, lists, where)
        for group in _LOCAL_GROUP.findall(declared.pattern):
            if group in (defines or {}):
                message = (
                    f"phrase {declared.name!r} names its own group {group!r}, which a define of "
                    "the same name would replace: rename one of them"
                )
                raise PolicyError(message, field=where)
        try:
            named: dict[str, Any] = {k: [w.lower() for w in v] for k, v in lists.items()}
            flags = regex.V1 | regex.IGNORECASE
            source = _bounded_lists(_with_defines(declared.pattern, defines or {}), named)
            self.pattern = regex.compile(source, flags, ignore_unused=True, **named)
        except (regex.error, KeyError) as exc:  # KeyError: an unknown list
            message = f"phrase {declared.name!r} does not compile: {exc}"
            raise PolicyError(message, field=where) from exc
        self.name = declared.name
        self.category = declared.category or category
        self.score = declared.score
        self.max_span = declared.max_span


class PhraseClassifier(TextClassifier):
    """Named patterns with triggers, judged per text; the first match of each is reported."""

    type_name = "phrases"
    Options = PhraseOptions
    loads_model = False

    def __init__(self, classifier_id: str, options: PhraseOptions, files: list[Path]) -> None:
        super().__init__(classifier_id, options)
        self.options: PhraseOptions = options
        self._files = files
        self.phrases = [
            _Phrase(p, options.category, options.lists, f"patterns.{i}", options.defines)
            for i, p in enumerate(options.patterns)
        ]
        if not self.phrases:
            raise PolicyError("a phrases classifier needs patterns (inline or in files)")
        # Every phrase's trigger words in one automaton: a text is read once, not once a word.
        words = sorted({w for p in self.phrases for w in p.triggers})
        self._triggers = build_matcher(words)
        rank_of = {word: i for i, word in enumerate(words)}
        self._phrases_of: list[list[int]] = [[] for _ in words]
        for rank, phrase in enumerate(self.phrases):
            for word in phrase.triggers:
                self._phrases_of[rank_of[word]].append(rank)
        self._hold_words = _any_word(set(words)) if options.hold_in_streams else None

    @classmethod
    def build(
        cls, classifier_id: str, raw: dict[str, Any], context: BuildContext
    ) -> PhraseClassifier:
        options = PhraseOptions.model_validate(raw)
        files = [context.base_dir / name for name in options.files]
        patterns = list(options.patterns)
        lists: dict[str, list[str]] = {}
        defines: dict[str, str] = {}
        _merge_named(lists, options.lists, "the policy", "list")
        _merge_named(defines, options.defines, "the policy", "define")
        declared_in: dict[str, str] = {}
        claim_pattern_names(declared_in, options.patterns, "the policy")
        for path in files:
            found = pattern_file(path)
            claim_pattern_names(declared_in, found.patterns, str(path))
            patterns += found.patterns
            _merge_named(lists, found.lists, str(path), "list")  # lower-cased in _Phrase
            _merge_named(defines, found.defines, str(path), "define")
        update = {"patterns": patterns, "lists": lists, "defines": defines}
        options = options.model_copy(update=update)
        return cls(classifier_id, options, files)

    def categories(self) -> frozenset[str]:
        return frozenset(p.category for p in self.phrases) - {self.options.tail_category}

    def source_files(self) -> list[Path]:
        return list(self._files)

    @property
    def holds_in_streams(self) -> bool:
        return self.options.hold_in_streams

    def hold_from(self, text: str, start: int) -> int | None:
        """With ``hold_in_streams``: where the first trigger word (or the start of one that
        the next piece may complete) lies in ``text[start:]``, read as a model reads it."""
        if self._hold_words is None:
            return None
        # Spaces or symbols after a Chinese character at the end may come to stand between
        # two (小 | 孩): read without them, as they then may be.
        tail = text[start:]
        gap = _TRAILING_GAP.search(tail)
        readable, kept = model_text(tail if gap is None else tail[: gap.start()])
        closed, closing = closed_han_gaps(readable)  # 幼 女的裸 照 holds at 幼, as judged
        lowered = _lowered(closed)
        found = self._hold_words.search(lowered, partial=True)
        if found is None or found.start() >= len(lowered):
            return None
        at = found.start() if closing is None else closing[found.start()]
        return start + (at if kept is None else kept[at])

    async def classify(self, texts: list[str]) -> list[list[Finding]]:
        if sum(map(len, texts)) > THREAD_CHARS:  # off the event loop, the GIL released
            return await asyncio.to_thread(lambda: [self._judge(text) for text in texts])
        return [self._judge(text) for text in texts]

    def _judge(self, text: str) -> list[Finding]:
        if self.options.max_chars and len(text) > self.options.max_chars:
            return []
        found = self._within_limit(text, lambda: self._judge_once(text))
        reading, origin = text, None
        joined = self._trigger_gaps_closed(text)
        if joined is not None:
            reading, origin = joined
            self._add_findings(found, reading, origin)
        if self.options.read_without_pretexts and (view := request_view(reading)) is not None:
            kept = view.origin if origin is None else [origin[i] for i in view.origin]
            self._add_findings(found, view.text, kept)
        return found

    def _add_findings(self, found: list[Finding], reading: str, origin: Sequence[int]) -> None:
        """Adds to ``found`` the phrases not yet in it that ``reading`` shows, another view of
        the text (``origin``: the index in the text of each of its characters), with spans in
        the text."""
        named = {f.label for f in found}
        for hit in self._within_limit(reading, lambda: self._judge_once(reading)):
            if hit.label not in named and hit.start is not None and hit.end is not None:
                start, end = origin[hit.start], origin[hit.end - 1] + 1
                found.append(dataclasses.replace(hit, start=start, end=end))

    def _trigger_gaps_closed(self, text: str) -> tuple[str, list[int]] | None:
        """``text`` with the gaps closed that split a trigger word (色 情, 幼 女), and each
        character's index in ``text``; ``None`` if none does. The model text keeps a gap
        between two words of Chinese (中国 北京, and the clauses of a comment: 讨厌黑人呢 素质
        低…), so only a gap inside a word the phrases wait for is read closed, as a reader reads
        it; the models read the text as it is."""
        closed, origin = closed_han_gaps(text)
        if origin is None:
            return None
        drop: set[int] = set()
        for start, end, _ in self._triggers.find_overlapping(_lowered(closed)):
            first, last = origin[start], origin[end - 1]
            if last - first + 1 > end - start:  # the word spans a gap in the text
                kept = set(origin[start:end])
                drop.update(i for i in range(first, last + 1) if i not in kept)
        if not drop:
            return None
        index = [i for i in range(len(text)) if i not in drop]
        return "".join(text[i] for i in index), index

    def _within_limit(self, text: str, judge: Callable[[], _T]) -> _T:
        """``judge()``, failing as a `ClassifierError` past the time limit. The limit is
        wall-clock (the regex module's timeout is), so a thread kept waiting — another holding
        the GIL or the cores while a model runs, a busy machine — can pass it having done
        little: while this thread's own CPU time over all tries stays under half the budget,
        the judgement is tried again, up to `STARVED_TRIES` in all. Patterns built to backtrack
        burn CPU and fail at once. The collector waits while a judgement runs: a full
        collection of a process holding two shipped policies walks 660,000 objects in about
        0.4 s of this thread's CPU, more than the whole budget (`serve` freezes its startup heap;
        an app that mounts the middleware may not)."""
        spent = 0.0
        for _ in range(STARVED_TRIES):
            started = time.thread_time()
            try:
                with collector_paused():
                    return judge()
            except _TimeLimit:
                spent += time.thread_time() - started
                if spent >= self._budget(text) / 2:
                    break
        raise ClassifierError(self.id, "time limit exceeded")

    def _judge_once(self, text: str) -> list[Finding]:
        deadline = self._deadline(text)
        quoted = _quoted_spans(text) if self.options.skip_quoted else []
        found = []
        woken = self._woken(text)
        cuts = [self._tail_start(text, woken, quoted, deadline), _polite_close(text)]
        extra = [[0, cut] for cut in cuts if cut is not None]
        for phrase, stretches in woken:
            if phrase.category == self.options.tail_category:
                continue
            if extra:
                stretches = [*stretches, *extra]
            match = self._first_match(phrase, text, stretches, quoted, deadline)
            if match is not None:
                start, end = match.span()
                found.append(
                    Finding(self.id, phrase.category, phrase.score, start, end, phrase.name)
                )
        return found

    def groups(self, text: str, name: str) -> list[str]:
        """The text of group ``name`` in every match of every woken phrase, first found first,
        each once: what a composite classifier reads further (purpose_head's restated asks)."""
        if self.options.max_chars and len(text) > self.options.max_chars:
            return []
        return self._within_limit(text, lambda: self._groups_once(text, name))

    def _groups_once(self, text: str, name: str) -> list[str]:
        deadline = self._deadline(text)
        found: dict[str, None] = {}
        try:
            for phrase, stretches in self._woken(text):
                if name not in phrase.pattern.groupindex:
                    continue
                for low, high in stretches:
                    for match in phrase.pattern.finditer(
                        text, low, high, concurrent=True, timeout=time_left(deadline)
                    ):
                        if match.group(name):
                            found[match.group(name)] = None
        except TimeoutError as exc:
            raise _TimeLimit from exc
        return list(found)

    def _tail_start(
        self,
        text: str,
        woken: list[tuple[_Phrase, list[list[int]]]],
        quoted: list[tuple[int, int]],
        deadline: float,
    ) -> int | None:
        """Where a closing purpose sentence (a ``tail_category`` phrase) starts, if any."""
        starts = [
            match.start()
            for phrase, stretches in woken
            if phrase.category == self.options.tail_category
            and (match := self._first_match(phrase, text, stretches, quoted, deadline))
        ]
        return min(starts) if starts else None

    def _budget(self, text: str) -> float:
        # As for span patterns, the time limit grows with the text: a long benign answer full
        # of trigger words is slow, not hostile.
        return self.options.timeout_ms / 1000 * max(1.0, len(text) / SCALE_CHARS)

    def _deadline(self, text: str) -> float:
        return time.monotonic() + self._budget(text)

    def _woken(self, text: str) -> list[tuple[_Phrase, list[list[int]]]]:
        """Each phrase with a trigger in ``text``, and the stretches it is to be read in."""
        lowered = _lowered(text)
        hits: list[list[int]] = [[] for _ in self.phrases]
        for start, _, word in self._triggers.find_overlapping(lowered):
            for rank in self._phrases_of[word]:
                hits[rank].append(start)
        woken = []
        for phrase, starts in zip(self.phrases, hits, strict=True):
            if not starts:
                continue
            if self.options.whole_text:
                woken.append((phrase, [[0, len(text)]]))
            else:
                woken.append((phrase, _stretches(phrase.max_span, starts, len(lowered))))
        return woken

    def _first_match(
        self,
        phrase: _Phrase,
        text: str,
        stretches: list[list[int]],
        quoted: list[tuple[int, int]],
        deadline: float,
    ) -> regex.Match[str] | None:
        """The first match in the stretches that is not inside a ``quoted`` span."""
        try:
            for low, high in stretches:
                for match in phrase.pattern.finditer(
                    text, low, high, concurrent=True, timeout=time_left(deadline)
                ):
                    if not any(a <= match.start() and match.end() <= b for a, b in quoted):
                        return match
        except TimeoutError as exc:
            raise _TimeLimit from exc
        return None


class _TimeLimit(Exception):
    """A pattern ran past the judgement's deadline (the caller turns it into a ClassifierError)."""


# A request put as a polite question, 你能帮我写一篇…的文章吗？: its closing 吗 would read as a
# question about the act to patterns that leave questions alone (…违法吗？), so the request is
# also read without it. Only a request to write, make, do or tell how, not 你能帮我查一下…吗.
_POLITE = regex.compile(
    r"\s*(?:请问\s*)?(?:你好[，,]?\s*)?(?:你|您)?\s*"
    r"(?:能|可以|能不能|可不可以|能否|可否|是否可以|是否能|会不会|愿不愿意|方便)\s*"
    r"(?:帮我|给我|替我|为我|帮忙)?\s*"
    r"(?:写|编|改写|改|把|生成|起草|创作|设计|制作|做|拟|列|想|告诉我|教我|教教我|说说|讲讲"
    r"|破解|伪造|弄|搞|找|买|卖|发|[Pp]|修|删|黑|盗|偷|入侵|推荐|提供|分享|搜集|收集|整理|总结"
    r"|(?:一|几|两|三|一些|些)(?:条|个|份|篇|段|句|点))"  # 你能给我几条理由…吗
    r"[^。！？?!\n]*?(?P<close>吗|么|嘛)\s*[？?。！!]*\s*"
)
_POLITE_CHARS = 300


def _polite_close(text: str) -> int | None:
    """Where the closing 吗 of a request put as a polite question starts, if it is one."""
    if len(text) > _POLITE_CHARS:
        return None
    match = _POLITE.fullmatch(text)
    return match.start("close") if match else None


_QUOTES = regex.compile(r'"[^"\n]+"|“[^”\n]+”|「[^」\n]+」|『[^』\n]+』|‘[^’\n]+’')


_CALL = regex.compile(r"\(\?&(\w+)\)")
_LOCAL_GROUP = regex.compile(r"\(\?P?<(\w+)>")
_Named = TypeVar("_Named", str, list[str])


def _merge_named(into: dict[str, _Named], found: dict[str, _Named], source: str, kind: str) -> None:
    """``found``'s lists or defines added to ``into``; a name given twice with different contents
    is refused, since the later one would silently change the patterns that use the first."""
    for name, value in found.items():
        if name in into and into[name] != value:
            raise PolicyError(f"{kind} {name!r} is given twice, differently (again in {source})")
        into[name] = value


def _with_defines(pattern: str, defines: dict[str, str], calling: tuple[str, ...] = ()) -> str:
    """``pattern`` with each call of a define, ``(?&name)``, written out in its place as a
    verbose group: the compiled pattern is the one a copy would give (the ``regex`` module's own
    subroutine calls cost two to three times as much in the crime phrases). Calls of names that
    are not defines (a pattern's own ``(?(DEFINE)…)`` groups) are left as they are."""

    def expand(call: regex.Match[str]) -> str:
        name = call.group(1)
        if name not in defines:
            return call.group(0)
        if name in calling:
            raise PolicyError(f"define {name!r} calls itself (through {' → '.join(calling)})")
        return f"(?x:\n{_with_defines(defines[name], defines, (*calling, name))}\n)"

    return _CALL.sub(expand, pattern) if defines else pattern


def _lowered(text: str) -> str:
    """``text`` lower-cased, or as it is where lowering would move offsets (İ lengthens)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text


def _any_word(words: set[str]) -> regex.Pattern[str]:
    """One search for the first of ``words`` (longest first where two start alike)."""
    ordered = sorted(words, key=lambda word: (-len(word), word))
    return regex.compile("|".join(regex.escape(word) for word in ordered))


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Quotations inside a text that says more than them (a text that is one quote is speech)."""
    spans = [m.span() for m in _QUOTES.finditer(text)]
    if len(spans) == 1 and not text[: spans[0][0]].strip() and not text[spans[0][1] :].strip():
        return []
    return spans


_LIST_NAME = regex.compile(r"\\L<(\w+)>")
_HAN = regex.compile(r"\p{Han}")
_LATIN = "[a-z0-9]"


def _bounded_lists(pattern: str, named: dict[str, list[str]]) -> str:
    """``pattern`` with each call of a Chinese list (one holding a Han word) whose words include
    Latin-edged ones (TNT, C4, 90后) written as the other words, or a Latin-edged one that
    starts and ends at a word edge; those words move to lists of their own in ``named``."""
    for name, words in list(named.items()):
        if not any(_HAN.search(word) for word in words):
            continue
        by_edges: dict[tuple[bool, bool], list[str]] = {}
        for word in words:
            edges = (bool(regex.match(_LATIN, word)), bool(regex.search(_LATIN + "$", word)))
            by_edges.setdefault(edges, []).append(word)
        if set(by_edges) == {(False, False)}:
            continue
        parts = []
        for (head, tail), chosen in sorted(by_edges.items()):
            part = f"{name}_{int(head)}{int(tail)}"
            named[part] = chosen
            before = f"(?<!{_LATIN})" if head else ""
            after = f"(?!{_LATIN})" if tail else ""
            parts.append(f"{before}\\L<{part}>{after}")
        pattern = pattern.replace(f"\\L<{name}>", "(?:" + "|".join(parts) + ")")
    return pattern


def _trigger_words(
    declared: RegexPattern, lists: dict[str, list[str]], where: str
) -> tuple[str, ...]:
    """The phrase's trigger words, lowered; a trigger written ``\\L<name>`` stands for every
    word of that list, so a pattern that reads a list wakes on each of its words."""
    words: list[str] = []
    for word in declared.triggers:
        if not word:
            raise PolicyError(f"phrase {declared.name!r} has an empty trigger", field=where)
        named = _LIST_NAME.fullmatch(word)
        if named is None:
            words.append(word.lower())
        elif named[1] in lists:
            words.extend(w.lower() for w in lists[named[1]])
        else:
            message = f"phrase {declared.name!r} triggers on an unknown list {named[1]!r}"
            raise PolicyError(message, field=where)
    return tuple(dict.fromkeys(words))


def _stretches(max_span: int, starts: list[int], length: int) -> list[list[int]]:
    """The merged stretches within ``max_span`` characters of the trigger words at ``starts``."""
    stretches: list[list[int]] = []
    for at in sorted(starts):
        low, high = max(0, at - max_span), min(length, at + max_span)
        if stretches and low <= stretches[-1][1]:
            stretches[-1][1] = max(stretches[-1][1], high)
        else:
            stretches.append([low, high])
    return stretches
