"""Labels in streams: the explicit label in the first (or after the last) content delta of each
choice, exactly once, also when the stream is cut; the implicit object in the first chunk
(unsigned: the content is not known yet) and again, signed over the released content, at the
end (:meth:`StreamLabeler.final_object`).

A service type's disclaimer rides the same machinery: an inner labeler places it (exactly
once, at its own position, never detected away), and the label goes around what it sends.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Any

from .config import ExplicitLabelConfig, ImplicitLabelConfig
from .labels import has_label, implicit_object

__all__ = ["StreamLabeler"]

LABELLED_FIELDS = ("content", "text")  # never reasoning, never tool-call arguments


class StreamLabeler:
    def __init__(
        self,
        explicit: ExplicitLabelConfig | None,
        implicit: ImplicitLabelConfig | None,
        produce_id: str,
        json_mode: bool,
        disclaimer: ExplicitLabelConfig | None = None,
    ) -> None:
        self.explicit = None if json_mode else explicit
        self._inner = (
            None
            if disclaimer is None or json_mode
            else StreamLabeler(disclaimer, None, produce_id, json_mode)
        )
        self.implicit = implicit
        self.produce_id = produce_id
        self._held: dict[Hashable, str] = {}
        self._decided: set[Hashable] = set()
        self._finished: set[Hashable] = set()
        self._tail: dict[Hashable, str] = {}
        self._sent: dict[Hashable, int] = {}
        self._implicit_done = implicit is None
        self._upstream: dict[str, Any] | None = None
        self._content: dict[Hashable, list[str]] = {}
        self.labels_added = 0

    def _applies(self, key: Hashable) -> bool:
        return self.explicit is not None and isinstance(key, tuple) and key[1] in LABELLED_FIELDS

    @property
    def first_chunk_pending(self) -> bool:
        """The implicit object still has to go into a chunk (:meth:`first_chunk`)."""
        return not self._implicit_done and self.implicit is not None

    def first_chunk(self, chunk: dict[str, Any]) -> bool:
        """Put the implicit object in the stream's first chunk; True when the chunk changed."""
        if self._implicit_done or self.implicit is None:
            return False
        upstream = chunk.get("aigc") if isinstance(chunk.get("aigc"), dict) else None
        self._upstream = upstream
        chunk["aigc"] = implicit_object(self.implicit, self.produce_id, None, upstream)
        self._implicit_done = True
        return True

    def upstream_chunk(self, chunk: dict[str, Any]) -> bool:
        """A chunk from the upstream: the first gets the implicit object; an upstream object
        in a later one is taken out and kept, as the producer, for the object that ends the
        stream (one object, never a second). True when the chunk changed."""
        if self.first_chunk(chunk):
            return True
        if self.implicit is None or "aigc" not in chunk:
            return False
        upstream = chunk.pop("aigc")
        if self._upstream is None and isinstance(upstream, dict):
            self._upstream = upstream
        return True

    @property
    def disclaimers_added(self) -> int:
        return self._inner.labels_added if self._inner is not None else 0

    def release(self, key: Hashable, text: str, lang: str) -> str:
        """What to send for ``text`` that the guard released on channel ``key``."""
        if self._inner is not None:
            text = self._inner.release(key, text, lang)
        return self._kept(key, self._release(key, text, lang))

    def finish(self, key: Hashable, lang: str) -> str:
        """The channel ended: what still has to go out (a held start, the end label)."""
        before = self._release(key, self._inner.finish(key, lang), lang) if self._inner else ""
        return self._kept(key, before + self._finish(key, lang))

    def final_object(self) -> dict[str, Any] | None:
        """The implicit object for the end of the stream, ``ReservedCode1`` signed over the
        content sent (every content channel in order, joined by newlines, as in a whole
        answer); None when the policy has no implicit label."""
        if self.implicit is None:
            return None
        content = "\n".join("".join(parts) for parts in self._content.values())
        return implicit_object(self.implicit, self.produce_id, content, self._upstream)

    def _kept(self, key: Hashable, text: str) -> str:
        if self.implicit is not None and isinstance(key, tuple) and key[1] in LABELLED_FIELDS:
            self._content.setdefault(key, []).append(text)
        return text

    def _release(self, key: Hashable, text: str, lang: str) -> str:
        if not self._applies(key) or key in self._finished:
            return text
        assert self.explicit is not None
        window = self.explicit.detect_window
        if self.explicit.position == "start" and key not in self._decided:
            held = self._held.get(key, "") + text
            if len(held) < window or not held:  # an empty first delta decides nothing
                self._held[key] = held
                return ""
            self._held.pop(key, None)
            return self._sending(key, self._start(key, held, lang))
        return self._sending(key, text)

    def _finish(self, key: Hashable, lang: str) -> str:
        if not self._applies(key) or key in self._finished:
            return ""
        assert self.explicit is not None
        out = ""
        if self.explicit.position == "start" and key not in self._decided:
            out = self._sending(key, self._start(key, self._held.pop(key, ""), lang))
        elif (
            self.explicit.position == "end"
            and self._sent.get(key, 0)
            and not has_label(
                self._tail.get(key, ""),
                self.explicit.detect_window,
                (self.explicit.text.zh, self.explicit.text.en),
            )
        ):
            out = self._sending(key, self.explicit.separator + self.explicit.text.pick(lang))
            self.labels_added += 1
        self._finished.add(key)
        return out

    def finish_all(self, keys: Iterable[Hashable], lang: str) -> dict[Hashable, str]:
        out = {}
        for key in keys:
            text = self.finish(key, lang)
            if text:
                out[key] = text
        return out

    def _start(self, key: Hashable, text: str, lang: str) -> str:
        assert self.explicit is not None
        self._decided.add(key)
        own = (self.explicit.text.zh, self.explicit.text.en)
        if not text or has_label(
            text[: self.explicit.detect_window], self.explicit.detect_window, own
        ):
            return text
        self.labels_added += 1
        return self.explicit.text.pick(lang) + self.explicit.separator + text

    def _sending(self, key: Hashable, text: str) -> str:
        if text:
            window = self.explicit.detect_window if self.explicit else 0
            self._tail[key] = (self._tail.get(key, "") + text)[-max(window, 1) :]
            self._sent[key] = self._sent.get(key, 0) + len(text)
        return text
