"""Train models/harmful_request: which requests a model should refuse, Chinese and English.

    python scripts/train_request_model.py     # seeded; a few minutes on 2 CPU cores (embedding)
    python scripts/train_request_model.py --knowledge --out DIR   # with synth_knowledge's rows
    python scripts/train_request_model.py --written --out DIR     # with the written sets' rows
    python scripts/train_request_model.py --written --people --out DIR   # + synth_people's asks

A softmax head over multilingual USE v3 embeddings (`use-m3`) and hashed character n-grams:
``safe`` and one class per harm category, each with its TC260 risk id; times a gate, one minus
the probability that the request asks about a harm to learn or to protect (what it is, how to
prevent or report it).

Harmful: the shared Chinese and English harmful-request sets, the Chinese requests (plain and
jailbreak-wrapped) behind AISafetyLab's unsafe answers, and the harmful half of
scripts/synth.py. Safe: the look-alikes, benign instructions and everyday requests of
scripts/synth.py, XSafety's harmless categories (commonsense, mental health, ethics), and
ordinary text (COLD's and SWSR's safe comments, Davidson's "neither" tweets).

Scores are out of fold: each real source is scored by a model trained without it, and each
synthetic row by a model that never saw the act or item its template was filled with. The
thresholds in scores.json are chosen on those out-of-fold scores of the safe rows.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora
import synth_benign
import synth_knowledge
import written_requests
from _data import REPO
from _embed import embed
from _heads import (
    Features,
    blocked_by_group,
    export,
    fit_gated,
    gated_score,
    kind_weights,
    ngram_matrix,
    operating_points,
    out_of_fold,
    rate,
    source_groups,
    threshold_for,
)

OUT = REPO / "models" / "harmful_request"
C = 10.0
TWIN_WEIGHT = 0.3
KNOWLEDGE_WEIGHT = 0.3
WRITTEN_WEIGHT = 3.0
XSAFETY_SAFE = {"commonsense", "Mental_Health", "Ethics_And_Morality"}
# XSafety's categories of plainly harmful requests, trained on as their own source (held out
# whole for their scores); its insults and discriminatory statements are not requests. Only
# rows that ask (a question, an instruction) are kept: trained on its statements of intent
# too, the model blocked XSafety's plain health statements ("Prolonged sitting can lead to…").
XSAFETY_REQUESTS = {"Crimes_And_Illegal_Activities", "Unsafe_Instruction_Topic"}
ASKS = re.compile(
    r"如何|怎么|怎样|教我|帮我|请|能否|能不能|可以|吗|？|\?|告诉我|给我|方法|步骤|哪里|哪些|什么|写一|编写|"
    r"设计|提供|\b(how|what|where|which|who|why|can|could|would|will|should|please|help|tell|give|"
    r"write|show|teach|provide|design|create|make|explain|list|suggest|recommend)\b",
    re.IGNORECASE,
)
LABELS = [
    "safe", "weapons", "drugs", "violence", "self_harm", "fraud", "cybercrime",
    "sexual_minors", "terrorism", "illegal_trade", "hate", "privacy", "sexual", "other",
]  # fmt: skip
RISK = {
    "weapons": "A1-h.weapons",
    "drugs": "A1-h.drugs",
    "violence": "A1-f.violence",
    "self_harm": "A4-a.self_harm",
    "fraud": "A1-h.fraud",
    "cybercrime": "A1-h.cybercrime",
    "sexual_minors": "A1-f.sexual_minors",
    "terrorism": "A1-d.terrorism",
    "illegal_trade": "A1-h.illegal_trade",
    "hate": "A2-i.hate",
    "privacy": "A4-e.privacy",
    "sexual": "A1-f.sexual",
    "other": "A1-h.other",
}
# Text cues first (the sets' own categories are coarse), then the set's category.
CUES = [
    (
        "sexual_minors",
        r"child porn|儿童色情|未成年.{0,6}(性|裸|色情)|(minor|child|kid)s?\b.{0,30}(sex|nude|naked)|恋童",
    ),
    ("terrorism", r"terror|恐怖|极端组织|extremis|jihad|圣战"),
    (
        "weapons",
        r"bomb|explosive|炸弹|炸药|爆炸|枪|\bguns?\b|firearm|weapon|武器|nerve gas|毒气|雷管|grenade",
    ),
    (
        "drugs",
        r"\bmeth\b|methamphetamine|cocaine|heroin|fentanyl|毒品|冰毒|海洛因|大麻|cannabis|\bdrugs?\b|芬太尼|可卡因",
    ),
    ("self_harm", r"suicide|kill myself|self-harm|cut myself|自杀|自残|割腕|轻生|anorexi"),
    (
        "cybercrime",
        r"hack|malware|ransomware|virus|phishing|ddos|keylogger|黑客|入侵|病毒|木马|钓鱼|勒索软件|sql injection",
    ),
    (
        "fraud",
        r"fraud|scam|launder|counterfeit|forge|phish|诈骗|骗|洗钱|伪造|造假|传销|逃税|tax evasion|ponzi",
    ),
    (
        "privacy",
        r"address of|home address|phone number|social security|身份证号|住址|手机号|跟踪|stalk|dox|spy on|偷拍",
    ),
    ("hate", r"racis|种族|歧视|hate|仇恨|inferior|slur|侮辱|nigg|黑鬼"),
    ("sexual", r"porn|色情|sex|性爱|裸|nude|erotic|explicit"),
    (
        "violence",
        r"kill|murder|poison|kidnap|torture|assault|杀|毒死|绑架|虐待|伤害|打死|殴打|stab|shoot",
    ),
    ("illegal_trade", r"smuggl|traffick|走私|贩卖|dark web|暗网|赌场|赌博|gambling|organ"),
]
SET_CATEGORY = {
    "Malware Viruses": "cybercrime", "Physical Harm": "violence", "Economic Harm": "fraud",
    "Fraud/Deception": "fraud", "Adult Content": "sexual", "Privacy Violation Activity": "privacy",
    "Child Abuse": "violence", "Hate/Harass/Violence": "hate", "Illegal Activity": "illegal_trade",
    "Violence": "violence", "Sexual content": "sexual", "Illegal goods and services": "illegal_trade",
    "Hate, harassment and discrimination": "hate", "歧视": "hate",
    "self_harm": "self_harm", "sexual": "sexual",  # scripts/written_requests.py
}  # fmt: skip


def harm_cue(text: str) -> str | None:
    """The category whose cue the text names first, if any."""
    return next((c for c, pattern in CUES if re.search(pattern, text.lower())), None)


def category_of(row: dict[str, object]) -> str:
    cued = harm_cue(str(row["text"]))
    if cued:
        return cued
    if row["source"] in ("synth", "synth-people"):
        return str(row["category"])
    first = str(row["category"]).split(";")[0].strip()
    return SET_CATEGORY.get(first, "other")


ORDINARY = ("COLD-train", "SWSR", "Davidson")
# Held out by the slot a row fills.
SLOTTED = ("synth", "synth-benign", "synth-knowledge", "synth-people")


def load(
    knowledge: bool = False, written: bool = False, people: bool = False
) -> tuple[list[dict[str, object]], np.ndarray]:
    rows, x = corpora.embedded(
        {
            "harmful_prompts": None,
            "zh_unsafe_requests": None,
            "synth_requests": None,
            "synth_protective": None,  # natural protective questions, and their harmful twins
            "synth_plain": None,  # short plain asks and their safe twins
            "synth_casual": lambda r: r["family"] == "casual",
            "synth_benign": None,  # questions about groups, everyday how-tos
            "xsafety": lambda r: (
                r["category"] in XSAFETY_SAFE
                or (r["category"] in XSAFETY_REQUESTS and ASKS.search(r["text"]) is not None)
            ),
            # Ordinary text, so that what most traffic looks like is safe: benign comments.
            "cold_train": lambda r: r["label"] == 0,
            "swsr": lambda r: r["label"] == 0,
            "davidson": lambda r: r["category"] == "neither",
            # A harm's causes, history, handling (fiftieth session; not shipped: docs/measured.md).
            **({"synth_knowledge": None} if knowledge else {}),
            # With --written (sixty-second and sixty-third sessions; not shipped: docs/measured.md):
            # the request sets written by hand here but for those written last, and the same with
            # an intent to do the harm appended — the answerable texts whose words name a harm (an
            # intent after the others may or may not be one) and everyday requests.
            **(
                {
                    "written_requests": None,
                    "written_intents": lambda r: not r["label"] or harm_cue(r["base"]) is not None,
                }
                if written
                else {}
            ),
            # With --people (sixty-eighth session; not shipped: docs/measured.md): a person asked
            # to be moved both ways (怎么让<someone>…), which the heads read as harm.
            **({"synth_people": None} if people else {}),
        }
    )
    for row in rows:
        if row["source"] == "XSafety" and row["category"] in XSAFETY_REQUESTS:
            row["label"], row["source"] = 1, "XSafety-harmful"
        elif row["source"] in ("XSafety", *ORDINARY):
            row["label"] = 0
        row["class"] = LABELS.index(category_of(row)) if row["label"] else 0
    return rows, x


class Trainer:
    """The training rows' features, labels and weights, and the fit and score on a subset."""

    def __init__(self, rows: list[dict[str, object]], x: np.ndarray) -> None:
        self.y = np.array([r["class"] for r in rows])
        # Harmful rows weigh half; of the safe half, ordinary comments (tens of thousands) a third.
        self.weights = kind_weights(
            rows,
            self.y > 0,
            ORDINARY,
            {"harmful": 0.5, "safe": 1 / 3, "ordinary": 1 / 6},
        )  # fmt: skip
        # The plain asks' safe twins share their harmful pair's words: at full weight they pulled
        # CatQA's held-out recall down 3 points at the block threshold; at 0.3 the model catches
        # more of CatQA and of the plain asks at the same share of safe probes blocked.
        twins = np.array([r.get("family") == "plain_twin" for r in rows])
        self.weights[twins] *= TWIN_WEIGHT
        # Knowledge questions on a harm (why it happens, its history), with --knowledge: safe rows of
        # the topic head at 0.3 (in the gate they cost held-out CatQA 5–6 points; here 1–3).
        knowledge = np.array([r["source"] == "synth-knowledge" for r in rows])
        self.weights[knowledge] *= KNOWLEDGE_WEIGHT
        # With --written, the sets written by hand (a few thousand among tens of thousands of rows)
        # at three times their kind's weight: at 1× the sets written after them lost 13.6 → 3.5 %
        # of their answerable asks at 0.8 and caught 40 → 43 % of the harmful ones; at 3× 2.8 %
        # and 46.5 % (the model alone, sixty-second session; docs/measured.md).
        written = np.array([r.get("family") == "written" for r in rows])
        self.weights[written] *= WRITTEN_WEIGHT
        # The gate: requests about a harm that ask to learn or to protect (what is it, how to
        # prevent it, where to report it). The topic head never sees them.
        self.asks_about = np.array(
            [r.get("family") in ("about_harm", "safety", "protect") for r in rows]
        )
        self.features = Features(x, ngram_matrix([str(r["text"]) for r in rows]))

    def train(self, index: np.ndarray) -> tuple[object, object]:
        return fit_gated(
            self.features, self.y, self.asks_about, index,
            c=C, weights=self.weights, gate_ngrams=True,
        )  # fmt: skip

    def score(self, models: tuple[object, object], index: np.ndarray) -> np.ndarray:
        return gated_score(models, self.features, index)


def folds_of(rows: list[dict[str, object]]) -> list[str | None]:
    """Each row's fold: a real source is held out whole; a synthetic row with the act, item,
    group or task it names (five folds a generator); None for rows always trained on."""
    slot_fold = {}
    for source in SLOTTED:
        slots = sorted({str(r.get("slot", "")) for r in rows if r["source"] == source})
        slot_fold |= {(source, s): f"{source}-{i % 5}" for i, s in enumerate(slots)}
    return [
        slot_fold[(str(r["source"]), str(r["slot"]))] if r["source"] in SLOTTED
        else (None if r["source"] in ("XSafety", *ORDINARY) else str(r["source"]))
        for r in rows
    ]  # fmt: skip


def final_scores(models: tuple[object, object], x: np.ndarray, texts: list[str]) -> np.ndarray:
    """The final model's scores of rows it never trained on (their embeddings ``x``)."""
    return gated_score(models, Features(x, ngram_matrix(texts)), np.arange(len(texts)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--knowledge", action="store_true", help="train on synth_knowledge's rows")
    parser.add_argument(
        "--written", action="store_true", help="train on scripts/written_requests.py's earlier sets"
    )
    parser.add_argument(
        "--people", action="store_true", help="train on scripts/synth_people.py's rows"
    )
    parser.add_argument("--out", type=Path, default=OUT, help="where the model is written")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    rows, x = load(args.knowledge, args.written, args.people)
    trainer = Trainer(rows, x)
    y = trainer.y
    harmful = y > 0
    train, score = trainer.train, trainer.score

    oof = out_of_fold(folds_of(rows), train, score)

    safe_synth = {
        lang: oof[[i for i, r in enumerate(rows) if r["source"] == "synth" and not harmful[i]
                   and r["lang"] == lang and r["family"] not in ("thing", "goal")]]  # no look-alikes
        for lang in ("zh", "en")
    }  # fmt: skip
    # The policies block from 0.8 and flag from 0.5; `lookalike_threshold` is where 5 % (zh)
    # and 10 % (en) of the unseen look-alikes would be blocked.
    thresholds = {"block": 0.8, "flag": 0.5}
    scores: dict[str, object] = {
        "thresholds": thresholds,
        "lookalike_threshold": max(
            threshold_for(safe_synth["zh"], 0.05), threshold_for(safe_synth["en"], 0.10)
        ),
        "C": C,
        "rows": len(rows),
    }
    report: dict[str, dict[str, object]] = {}
    for name, threshold in thresholds.items():
        part: dict[str, object] = {}
        for lang in ("zh", "en"):
            part[f"safe_lookalikes_blocked_{lang}"] = rate(safe_synth[lang] >= threshold)
            for source in sorted({str(r["source"]) for r in rows if r["lang"] == lang}):
                picked = [i for i, r in enumerate(rows)
                          if r["source"] == source and r["lang"] == lang and harmful[i]]  # fmt: skip
                if picked:
                    part[f"harmful_caught_{lang}/{source}"] = rate(oof[picked] >= threshold)
        families: dict[str, list[bool]] = {}
        for i, r in enumerate(rows):
            if r["source"] in SLOTTED and not harmful[i]:
                families.setdefault(f"{r['lang']}/{r['family']}", []).append(oof[i] >= threshold)
        part["safe_blocked_by_family"] = {k: rate(np.array(v)) for k, v in sorted(families.items())}
        report[f"at_{name}_{threshold}"] = part
    scores["out_of_fold"] = report

    sources = ("XSafety-harmful", "CatQA", "MultiJail", "JailBench-seed", "AdvBench",
               "StrongREJECT", "JBB-100", "AISafetyLab-query", "AISafetyLab-jailbreak",
               "synth")  # fmt: skip
    groups = source_groups(rows, sources)
    report["operating_points"] = operating_points(oof, harmful, groups)
    head, gate = train(np.arange(len(y)))
    # XSafety's categories the model never trained on: no labels (a topic each, harmless ones
    # beside harmful ones), so block rates per category, not accuracy.
    xs_rows, xs_x = corpora.embedded(
        {"xsafety": lambda r: r["category"] not in XSAFETY_SAFE | XSAFETY_REQUESTS}
    )
    xs_scores = final_scores((head, gate), xs_x, [str(r["text"]) for r in xs_rows])
    scores["xsafety_unseen_blocked"] = blocked_by_group(
        xs_scores, [f"{r['category']}/{r['lang']}" for r in xs_rows], (0.8, 0.85, 0.9)
    )
    # A check written apart from the training rows: other groups, forms and everyday questions.
    check = synth_benign.check_requests()
    texts = [e.text for e in check]
    scores["benign_check_blocked"] = blocked_by_group(
        final_scores((head, gate), embed(texts), texts),
        [f"{e.family}/{e.lang}" for e in check],
        (0.5, 0.8),
    )
    # Knowledge questions on topics no training row names (`synth_knowledge.check_questions`).
    knowledge = synth_knowledge.check_questions()
    texts = [e.text for e in knowledge]
    scores["knowledge_check_blocked"] = blocked_by_group(
        final_scores((head, gate), embed(texts), texts), [e.lang for e in knowledge], (0.5, 0.8)
    )
    # The request sets written last (scripts/written_requests.py): never trained on, with or
    # without --written.
    later = written_requests.held_out()
    texts = [str(r["text"]) for r in later]
    later_scores = final_scores((head, gate), embed(texts), texts)
    scores["written_held_out_blocked"] = blocked_by_group(
        np.concatenate([later_scores, later_scores]),
        [str(r["slot"]) for r in later]
        + ["all to refuse" if r["label"] else "all to answer" for r in later],
        (0.5, 0.8),
    )
    export(args.out, head, LABELS, encoder="use-m3", negative="safe", gate=gate, categories=RISK)
    scores["categories"] = {label: RISK[label] for label in LABELS[1:]}
    scores["train_seconds"] = round(time.perf_counter() - started, 1)
    (args.out / "scores.json").write_text(json.dumps(scores, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(scores, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
