"""A fake inference server for the safety-model tests: an OpenAI-compatible chat and
completions API (answering what a guard model would), TEI ``/predict``, KServe v2
``/infer`` and ``/v1/moderations``. It records every call, and its behaviour is set per test:
``verdict`` (a function of the judged text → the model's words), ``fault`` (``500``,
``sleep``, ``garbage``, ``empty``), ``delay`` seconds per call."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route


def llama_guard_verdict(text: str) -> str:
    return "unsafe\nS1" if "bad" in text or "坏" in text else "safe"


@dataclass
class FakeModels:
    verdict: Callable[[str], str] = llama_guard_verdict
    scores: Callable[[str], dict[str, float]] = lambda text: {
        "toxic": 0.95 if "bad" in text else 0.01,
        "neutral": 0.05 if "bad" in text else 0.99,
    }
    fault: str | None = None
    delay: float = 0.0
    calls: list[dict[str, Any]] = field(default_factory=list)
    batch_sizes: list[int] = field(default_factory=list)

    def judged_text(self, body: dict[str, Any]) -> str:
        if "messages" in body:
            return str(body["messages"][-1]["content"])
        return str(body.get("prompt", ""))

    async def _fault(self) -> Response | None:
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.fault == "500":
            return PlainTextResponse("boom", 500)
        if self.fault == "sleep":
            await asyncio.sleep(5)
        if self.fault == "garbage":
            return PlainTextResponse("<html>not json</html>")
        return None

    async def chat(self, request: Request) -> Response:
        body = await request.json()
        self.calls.append({"path": request.url.path, "body": body})
        faulty = await self._fault()
        if faulty is not None:
            return faulty
        words = "" if self.fault == "empty" else self.verdict(self.judged_text(body))
        if request.url.path.endswith("/completions") and "prompt" in body:
            choice: dict[str, Any] = {"index": 0, "text": words, "finish_reason": "stop"}
        else:
            message = {"role": "assistant", "content": words}
            choice = {"index": 0, "message": message, "finish_reason": "stop"}
        return JSONResponse({"id": "x", "object": "chat.completion", "choices": [choice]})

    async def predict(self, request: Request) -> Response:
        body = await request.json()
        self.calls.append({"path": request.url.path, "body": body})
        self.batch_sizes.append(len(body["inputs"]))
        faulty = await self._fault()
        if faulty is not None:
            return faulty
        if self.fault == "empty":
            return JSONResponse([])
        return JSONResponse(
            [[{"label": k, "score": v} for k, v in self.scores(t).items()] for t in body["inputs"]]
        )

    async def infer(self, request: Request) -> Response:
        body = await request.json()
        self.calls.append({"path": request.url.path, "body": body})
        texts = body["inputs"][0]["data"]
        self.batch_sizes.append(len(texts))
        faulty = await self._fault()
        if faulty is not None:
            return faulty
        data = [v for t in texts for v in self.scores(t).values()]
        if self.fault == "empty":
            data = []
        return JSONResponse(
            {
                "outputs": [
                    {"name": "scores", "shape": [len(texts), 2], "datatype": "FP32", "data": data}
                ]
            }
        )

    async def moderations(self, request: Request) -> Response:
        body = await request.json()
        self.calls.append({"path": request.url.path, "body": body})
        self.batch_sizes.append(len(body["input"]))
        faulty = await self._fault()
        if faulty is not None:
            return faulty
        results = []
        for text in body["input"]:
            violent = "bad" in text
            results.append(
                {
                    "flagged": violent,
                    "categories": {"violence": violent, "hate": False},
                    "category_scores": {"violence": 0.9 if violent else 0.01, "hate": 0.02},
                }
            )
        if self.fault == "empty":
            results = []
        return JSONResponse({"id": "modr", "model": body.get("model"), "results": results})

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/v1/chat/completions", self.chat, methods=["POST"]),
                Route("/v1/completions", self.chat, methods=["POST"]),
                Route("/predict", self.predict, methods=["POST"]),
                Route("/v2/models/{name}/infer", self.infer, methods=["POST"]),
                Route("/v1/moderations", self.moderations, methods=["POST"]),
            ]
        )


def messages_of(call: dict[str, Any]) -> str:
    return json.dumps(call["body"].get("messages"), ensure_ascii=False)
