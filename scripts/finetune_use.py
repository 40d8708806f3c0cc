"""Fine-tune the multilingual USE v3 encoder (`use-m3`) through a low-rank adapter, as a Chinese
and English harmful-request classifier, and score it against the shipped head out of fold.

    python scripts/finetune_use.py export DIR            # rows, folds, the head's scores
    python scripts/finetune_use.py export DIR --written --no-head   # with the written sets
    python scripts/finetune_use.py export DIR --task toxicity   # toxicity rows, a fold a source
    python scripts/finetune_use.py export DIR --task answers    # Chinese answers to stop / pass
    python scripts/finetune_use.py train DIR [--folds F …] [--save MODEL_DIR]
    python scripts/finetune_use.py report DIR [--lang zh]

The package's encoder is numpy only; `scripts/use_torch.py` is the same forward
pass in torch (tested equal), so its dense layers can learn: each weight matrix through a
rank-R update (LoRA), every bias and layer norm in full; the 65 MB token table stays frozen.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from finetune_minilm import (  # noqa: E402
    BATCH,
    batches,
    earlier_run,
    export_rows,
    optimiser_for,
    read_rows,
    save_adapter,
    step,
)

EPOCHS = 2
RANK = 8
ALPHA = 16
LEARNING_RATE = 1e-3
POOL_SCALE = 20.0  # the normalised embedding times this: logits of a useful size at once
SEED = 13
REQUEST_CATEGORY = "A1-h.harmful_request"
ANSWER_CATEGORY = "A1-h.harmful_answer"
POLICY_BARS = (0.9, 0.97)  # the shipped adapter's flag and block (policies/*.yaml)
ORDINARY = ("COLD-train", "SWSR", "Davidson")
ORDINARY_SHARE = 3


def thinned(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every row but a third of the ordinary comments (COLD, SWSR, Davidson: 23,000 safe
    texts never held out), those weighted three times: the same mix in a third of the time."""
    kept = []
    for i, row in enumerate(rows):
        if row["fold"] is None and row["source"] in ORDINARY:
            if i % ORDINARY_SHARE:
                continue
            row = row | {"weight": row["weight"] * ORDINARY_SHARE}
        kept.append(row)
    return kept


def train(
    folder: Path,
    only: list[str] | None,
    epochs: int,
    rank: int,
    save: Path | None,
    category: str = REQUEST_CATEGORY,
) -> None:
    import torch
    from use_torch import AdaptedUse, TokenTable, batch_rows, package_weights

    from aigc_guard.classifiers.encoders import _use_pieces

    torch.set_num_threads(2)
    rows = thinned(read_rows(folder))
    weights, pieces = package_weights(), _use_pieces()
    table = TokenTable(weights)

    class Classifier(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = AdaptedUse(weights, rank, ALPHA)
            self.out = torch.nn.Linear(512, 2)

        def forward(self, texts: list[str]) -> torch.Tensor:
            emb, lengths = batch_rows(table, pieces, texts)
            return self.out(self.encoder(emb, lengths) * POOL_SCALE)

    def fit(index: np.ndarray) -> Classifier:
        torch.manual_seed(SEED)
        model = Classifier()
        steps = epochs * len(range(0, len(index), BATCH))
        optimiser, schedule = optimiser_for(model, LEARNING_RATE, steps)
        weight = np.array([rows[i]["weight"] for i in index])
        weight = weight / weight.mean()
        order = np.random.default_rng(SEED)
        model.train()
        lengths = np.array([len(rows[i]["text"]) for i in index])
        for _ in range(epochs):
            for part in batches(order, lengths):
                logits = model([rows[index[j]]["text"] for j in part])
                labels = torch.tensor([rows[index[j]]["harmful"] for j in part])
                w = torch.tensor(weight[part], dtype=torch.float32)
                step(optimiser, schedule, logits, labels, w)
        return model

    @torch.no_grad()
    def score(model: Classifier, index: np.ndarray) -> np.ndarray:
        model.eval()
        out = [
            torch.softmax(model([rows[i]["text"] for i in index[start : start + 128]]), -1)[:, 1]
            for start in range(0, len(index), 128)
        ]
        return torch.cat(out).numpy() if out else np.zeros(0)

    started = time.perf_counter()
    if save is not None:  # one fit on every row, written as the guard loads it
        write_adapter(fit(np.arange(len(rows))), save, rank, category)
        print(f"fitted {len(rows)} rows in {time.perf_counter() - started:.0f} s")
        return
    folds = only or sorted({r["fold"] for r in rows if r["fold"]})
    out_file = folder / f"finetuned_oof_use_lora{rank}.json"
    earlier = earlier_run(out_file, [r["text"] for r in rows])
    oof = np.array([np.nan if v is None else v for v in earlier.get("scores", [None] * len(rows))])
    for fold in folds:
        test = np.array([r["fold"] == fold for r in rows])
        oof[test] = score(fit(np.flatnonzero(~test)), np.flatnonzero(test))
        print(
            f"{fold:24s} {test.sum():5d} rows  {time.perf_counter() - started:6.0f} s", flush=True
        )
        out_file.write_text(json.dumps({
            "epochs": epochs, "batch": BATCH, "lora": rank, "lr": LEARNING_RATE,
            "scores": [None if np.isnan(s) else float(s) for s in oof],
            "texts": [r["text"] for r in rows],
        }))  # fmt: skip


def export_toxicity_rows(folder: Path) -> None:
    """`rows.jsonl`: `train_toxicity_model.py`'s rows, each source its own fold (``train --folds
    swsr cold_train`` scores each platform by a model that never saw it), classes balanced.
    Forty-fourth session: SWSR held out 0.679, COLD 0.639 balanced accuracy at 0.5 against the
    shipped head's 0.672 / 0.680 — not shipped (docs/measured.md)."""
    import train_toxicity_model as toxicity
    from _heads import balanced_weights

    rows = [
        {"text": str(r["text"]), "harmful": int(int(r["label"]) > 0), "fold": name,
         "source": name, "family": r.get("family"), "lang": r.get("lang"), "head": None}
        for name in toxicity.SOURCES
        for r in toxicity.training_rows(name)
    ]  # fmt: skip
    weights = balanced_weights(np.array([r["harmful"] for r in rows]) > 0)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "rows.jsonl", "w", encoding="utf-8") as out:
        for row, weight in zip(rows, weights, strict=True):
            out.write(json.dumps(row | {"weight": float(weight)}, ensure_ascii=False) + "\n")


# The answer sets of `answer_kinds.py` no answer adapter trains on: the everyday wrongs gone along
# with (R5–R6), kept hidden (R7–R8), written for it (R9, L1: long answers; R10), the English ones.
ANSWER_HELD_OUT = ("R5", "R6", "R7", "R8", "R9", "L1", "R10", "E5", "E6")
# AISafetyLab's 323 guides are the only long answers: with a whole part's weight, long comments
# read as harmful.
ANSWER_PART_SCALE = {"AISafetyLab": 0.5, "advice": 0.5}
ANSWER_SHARES = {"harmful": 0.35, "safe": 0.3, "ordinary": 0.35}  # each split evenly by part


COMPOSED = 400  # long answers written by code, of each side
LEADS = ("好的，给你几点建议：", "当然可以，具体如下：", "关于这个问题，可以从以下几个方面入手：",
         "没问题，我整理了一下：", "可以参考下面的做法：", "")  # fmt: skip


def composed(texts: list[str], rng: np.random.Generator) -> list[str]:
    """``COMPOSED`` long answers, each a lead (the same leads on both sides) and three to five of
    ``texts`` as numbered points: AISafetyLab's guides were the only long answers, so without
    these any long answer read as harmful."""
    out = []
    for _ in range(COMPOSED):
        picked = rng.choice(len(texts), int(rng.integers(3, 6)), replace=False)
        points = "\n".join(f"{k}. {texts[i]}" for k, i in enumerate(picked, 1))
        out.append(f"{LEADS[int(rng.integers(len(LEADS)))]}\n{points}".strip())
    return out


def answer_parts() -> list[tuple[str, str, list[str], list[str | None]]]:
    """Each part of the Chinese answer rows: its kind, source, texts and folds. Folds keep a
    source apart (AISafetyLab), a harm apart (the synthetic answers, by category), a request's
    two answers together (its refusal and its compliance) and the written sets by set."""
    import answer_kinds
    import corpora
    import synth_advice

    rng = np.random.default_rng(SEED)
    synth = [r for r in corpora.synth_answers() if r["lang"] == "zh"]
    prompts = [r for r in corpora.prompt_answers() if r["lang"] == "zh"]
    categories = sorted({str(r["category"]) for r in synth})
    written = [(n, sets) for n, sets in answer_kinds.SETS.items() if n not in ANSWER_HELD_OUT]

    def synth_part(label: int) -> tuple[list[str], list[str | None]]:
        rows = [r for r in synth if r["label"] == label]
        return [str(r["text"]) for r in rows], [
            f"synth-{categories.index(str(r['category'])) % 3}" for r in rows
        ]

    def prompt_part(label: int) -> tuple[list[str], list[str | None]]:
        index = [i for i, r in enumerate(prompts) if r["label"] == label]
        return [str(prompts[i]["text"]) for i in index], [f"prompts-{(i // 2) % 3}" for i in index]

    def written_part(side: int) -> tuple[list[str], list[str | None]]:
        texts, folds = [], []
        for k, (_, pair) in enumerate(written):
            chinese = [t for t in pair[side] if re.search(r"[\u4e00-\u9fff]", t)]
            texts += chinese
            folds += [f"written-{k % 2}"] * len(chinese)
        return texts, folds

    def sample(rows: list[dict[str, Any]], n: int) -> list[str]:
        keep = rng.choice(len(rows), min(n, len(rows)), replace=False)
        return [str(rows[i]["text"]) for i in sorted(keep)]

    aisafetylab = [str(r["text"]) for r in corpora.zh_unsafe_answers()]
    ordinary = {
        "COLD": sample([r for r in corpora.cold("train") if r["label"] == 0], 4000),
        "SWSR-safe": sample([r for r in corpora.swsr() if r["label"] == 0], 2000),
        "XSafety": [str(r["text"]) for r in corpora.xsafety()
                    if r["lang"] == "zh" and r["category"] in corpora.XSAFETY_SAFE],
    }  # fmt: skip
    casual = [str(r["text"]) for r in corpora.synth_casual() if r["lang"] == "zh"]
    complying = synth_part(1)[0] + prompt_part(1)[0]
    advice = synth_advice.advice_answers()
    safe = [str(r["text"]) for r in synth if r["label"] == 0 and r["family"] != "refusal"]
    long_harmful, long_safe = composed(complying, rng), composed(safe + casual + advice, rng)
    return [
        ("safe", "advice", advice, [None] * len(advice)),
        ("harmful", "composed", long_harmful, [None] * len(long_harmful)),
        ("safe", "composed", long_safe, [None] * len(long_safe)),
        ("harmful", "AISafetyLab", aisafetylab, ["AISafetyLab"] * len(aisafetylab)),
        ("harmful", "synth", *synth_part(1)),
        ("harmful", "synth-prompts", *prompt_part(1)),
        ("harmful", "written", *written_part(0)),
        ("safe", "synth", *synth_part(0)),
        ("safe", "synth-prompts", *prompt_part(0)),
        ("safe", "written", *written_part(1)),
        ("safe", "casual", casual, [None] * len(casual)),
    ] + [("ordinary", name, texts, [None] * len(texts)) for name, texts in ordinary.items()]


def _weighed_as(source: str) -> str:
    """Rows written by code weigh as one part (templates: more rows add little new)."""
    return "synthetic" if source in ("synth", "synth-prompts", "casual") else source


def export_answer_rows(folder: Path) -> None:
    """`rows.jsonl` for a Chinese harmful-answer adapter (``answer_parts``): each kind its share
    of the weight (``ANSWER_SHARES``), split evenly between its parts (``_weighed_as``)."""
    from _heads import share_weights

    parts = answer_parts()
    groups = np.array([f"{kind}/{_weighed_as(source)}"
                       for kind, source, texts, _ in parts for _ in texts])  # fmt: skip
    siblings = {kind: len({g for g in set(groups) if g.startswith(kind + "/")})
                for kind in ANSWER_SHARES}  # fmt: skip
    shares = {g: ANSWER_SHARES[g.split("/")[0]] / siblings[g.split("/")[0]] for g in set(groups)}
    weights = iter(share_weights(groups, shares))
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "rows.jsonl", "w", encoding="utf-8") as out:
        for kind, source, texts, folds in parts:
            for text, fold in zip(texts, folds, strict=True):
                weight = float(next(weights)) * ANSWER_PART_SCALE.get(source, 1.0)
                out.write(json.dumps({
                    "text": text, "harmful": int(kind == "harmful"), "fold": fold,
                    "source": source, "family": kind, "lang": "zh", "weight": weight,
                    "head": None,
                }, ensure_ascii=False) + "\n")  # fmt: skip


def write_adapter(model: Any, out: Path, rank: int, category: str) -> None:
    """The adapter (each matrix's low-rank pair, every vector) and the head, as the guard
    loads them."""
    low_rank = ("weight += a @ b * alpha / rank (numpy's x @ weight), for every <name>.a / "
                "<name>.b pair; any other tensor replaces the package's own")  # fmt: skip
    manifest = {"base": "use-m3", "rank": rank, "alpha": ALPHA, "low_rank": low_rank}
    save_adapter(out, model.encoder.adapter_tensors(), manifest, model.out, POOL_SCALE, category)


def report(folder: Path, scores_file: Path, lang: str, out: Path | None) -> None:
    """Per language: the head's and the adapter's share caught of each held-out harmful source
    at the thresholds where 5 % and 10 % of the unseen look-alikes are blocked, and at the
    policies' bars (``POLICY_BARS``; there also the share of unseen look-alikes blocked)."""
    rows = thinned(read_rows(folder))
    tuned = np.array(
        [np.nan if v is None else v for v in json.loads(scores_file.read_text())["scores"]]
    )
    head = np.array([np.nan if r["head"] is None else r["head"] for r in rows])
    keep = ~np.isnan(tuned) & np.array([r["lang"] == lang for r in rows])
    rows = [r for r, k in zip(rows, keep, strict=True) if k]
    lookalike = np.array([r["source"] == "synth" and not r["harmful"]
                          and r["family"] not in ("thing", "goal") for r in rows])  # fmt: skip
    sources = sorted({r["source"] for r in rows if r["harmful"]})
    figures: dict[str, Any] = {}
    for name, scores in (("USE head (shipped)", head[keep]), ("USE adapter", tuned[keep])):
        if np.isnan(scores).all():  # exported with --no-head
            continue
        ranked = np.sort(scores[lookalike])[::-1]
        bars = {f"{pct}pct_lookalikes": float(ranked[int(pct / 100 * len(ranked))]) + 1e-4
                for pct in (5, 10)} | {f"{bar:g}": bar for bar in POLICY_BARS}  # fmt: skip
        blocked = {key: float(np.mean(scores[lookalike] >= bar)) for key, bar in bars.items()}
        print(
            f"\n{name} ({lang}): {lookalike.sum()} unseen look-alikes; bars "
            + ", ".join(f"{k} {v:.3f} (blocks {blocked[k]:.1%})" for k, v in bars.items())
        )
        for source in sources:
            picked = scores[np.array([r["source"] == source and bool(r["harmful"]) for r in rows])]
            caught = {key: float(np.mean(picked >= bar)) for key, bar in bars.items()}
            print(
                f"  {source:22s} {len(picked):5d}  caught "
                + "  ".join(f"{k} {v:6.1%}" for k, v in caught.items())
            )
            figures.setdefault(name, {})[source] = {"rows": len(picked)} | {
                f"caught_at_{key}": round(v, 4) for key, v in caught.items()
            }
        figures.setdefault(name, {})["unseen_lookalikes"] = (
            {"rows": int(lookalike.sum())}
            | {f"bar_{key}": round(bar, 4) for key, bar in bars.items()}
            | {f"blocked_at_{key}": round(v, 4) for key, v in blocked.items()}
        )
    if out is not None:
        out.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("step", choices=["export", "train", "report"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--folds", nargs="+", help="train: only these folds")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--rank", type=int, default=RANK)
    parser.add_argument("--save", type=Path, help="train: fit every row, write the adapter here")
    parser.add_argument("--lang", default="zh", help="report: this language's rows")
    parser.add_argument("--json", type=Path, help="report: write the figures here too")
    parser.add_argument(
        "--task",
        choices=["requests", "toxicity", "answers"],
        default="requests",
        help="export: whose rows; train --save: which category the head names",
    )
    parser.add_argument(
        "--written",
        action="store_true",
        help="export: with the request sets written here (not those held out)",
    )
    parser.add_argument(
        "--people", action="store_true", help="export: with synth_people.py's asks (not shipped)"
    )
    parser.add_argument("--no-head", action="store_true",
                        help="export: skip the shipped head's out-of-fold scores")  # fmt: skip
    args = parser.parse_args()
    if args.step == "export" and args.task == "toxicity":
        export_toxicity_rows(args.folder)
    elif args.step == "export" and args.task == "answers":
        export_answer_rows(args.folder)
    elif args.step == "export":
        export_rows(args.folder, ("zh", "en"), args.written, not args.no_head, args.people)
    elif args.step == "train":
        category = ANSWER_CATEGORY if args.task == "answers" else REQUEST_CATEGORY
        train(args.folder, args.folds, args.epochs, args.rank, args.save, category)
    else:
        scores = args.folder / f"finetuned_oof_use_lora{args.rank}.json"
        report(args.folder, scores, args.lang, args.json)


if __name__ == "__main__":
    main()
