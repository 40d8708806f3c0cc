"""Every labelled text the training scripts use, read from ../shared/data and scripts/synth.py.

Each corpus is a list of rows: ``text``, ``label`` (1 harmful / offensive, 0 not), ``source``,
``category``, ``lang``. `python scripts/corpora.py --embed` fills the embedding cache.
"""

from __future__ import annotations

import sys
from typing import Any

import synth
import synth_benign
import synth_grievances
import synth_knowledge
import synth_news
import synth_people
import synth_plain
import synth_protective
import synth_sexual_asks
import written_requests
from _data import cold_rows, csv_rows, jsonl_rows, prompt_texts

Row = dict[str, Any]

# XSafety categories that are harmful as requests; the rest are mostly harmless (data README).
XSAFETY_HARMFUL = {
    "Crimes_And_Illegal_Activities",
    "Insult",
    "Unfairness_And_Discrimination",
    "Goal_Hijacking",
    "Role_Play_Instruction",
}
# XSafety categories whose prompts the training scripts take as safe text (not Reverse_Exposure
# or Prompt_Leaking, which ask about the model itself).
XSAFETY_SAFE = frozenset({"commonsense", "Mental_Health", "Ethics_And_Morality", "Physical_Harm"})


def _row(text: str, label: int, source: str, category: str = "", lang: str = "zh") -> Row:
    return {"text": text, "label": label, "source": source, "category": category, "lang": lang}


def _examples(examples: list[Any], source: str = "synth") -> list[Row]:
    """Rows of written-by-code examples (``synth.Example``), with their family and slot."""
    return [
        {**_row(e.text, e.label, source, e.category, e.lang), "family": e.family, "slot": e.slot}
        for e in examples
    ]


def harmful_prompts() -> list[Row]:
    rows = []
    for lang, folder in (("zh", "zh-harmful-prompts"), ("en", "en-harmful-prompts")):
        for r in jsonl_rows(f"{folder}/prompts.jsonl"):
            rows.append(_row(r["text"], 1, r["source"].split("/")[0], r.get("category", ""), lang))
    return rows


def synth_requests() -> list[Row]:
    return _examples(synth.requests())


def synth_protective_requests() -> list[Row]:
    return _examples(
        synth_protective.protective_questions()
        + synth_protective.protective_statements()
        + synth_protective.seekers()
        + synth_protective.evasions()
    )


def synth_plain_requests() -> list[Row]:
    """Short plain asks, harmful and their safe twins: ``scripts/synth_plain.py``."""
    return _examples(synth_plain.plain_requests())


def synth_grievance_requests() -> list[Row]:
    """A grievance, then a veiled harm or a way to deal with it: ``scripts/synth_grievances.py``."""
    return _examples(synth_grievances.grievance_requests())


def synth_people_requests() -> list[Row]:
    """A person asked to be moved: an everyday outcome or a wrong (``scripts/synth_people.py``)."""
    return _examples(synth_people.people_requests(), "synth-people")


def synth_sexual_ask_requests() -> list[Row]:
    """Sexual content or services asked for, and their twins: ``scripts/synth_sexual_asks.py``."""
    return _examples(synth_sexual_asks.sexual_asks())


def synth_answers() -> list[Row]:
    return [
        {**_row(e.text, e.label, "synth", e.category, e.lang), "family": e.family}
        for e in synth.answers()
    ]


def synth_hate() -> list[Row]:
    return [
        {**_row(e.text, e.label, "synth", e.category, e.lang), "slot": e.slot, "family": e.family}
        for e in synth.hate_contrast() + synth.counter_speech()
    ]


def synth_news_lines() -> list[Row]:
    """Neutral news and statistics about harms (safe): ``scripts/synth_news.py``."""
    return [
        {**_row(e.text, e.label, "synth-news", "news", e.lang), "family": e.family}
        for e in synth_news.news_lines()
    ]


def prompt_answers() -> list[Row]:
    """A refusal quoting each harmful request, and an answer complying with it."""
    prompts = [(str(r["text"]), str(r["lang"])) for r in harmful_prompts()]
    return [
        {**_row(e.text, e.label, "synth-prompts", e.category, e.lang), "family": e.family}
        for e in synth.answers_for_prompts(prompts)
    ]


def synth_benign_requests() -> list[Row]:
    return _examples(synth_benign.benign_requests(), "synth-benign")


def synth_knowledge_requests() -> list[Row]:
    return _examples(synth_knowledge.knowledge_questions(), "synth-knowledge")


def probe_requests() -> dict[str, tuple[list[str], list[str]]]:
    """What the robustness scripts disguise, by language: harmful requests (CatQA zh,
    AdvBench en) and benign ones (``synth_benign``)."""
    benign = synth_benign_requests()
    return {
        lang: (prompt_texts(lang, source), [str(r["text"]) for r in benign if r["lang"] == lang])
        for lang, source in (("zh", "CatQA"), ("en", "AdvBench"))
    }


def synth_casual() -> list[Row]:
    return _examples(synth.casual())


def embedded(parts: dict[str, Any]) -> tuple[list[Row], Any]:
    """Rows of several corpora and their embeddings, each corpus embedded (and cached) whole.

    ``parts`` maps a corpus name to a filter on its rows (or None for all of them).
    """
    import numpy as np
    from _embed import embed

    rows: list[Row] = []
    vectors = []
    for name, keep in parts.items():
        part = ALL[name]()
        x = embed([str(r["text"]) for r in part], progress=True)
        index = [i for i, r in enumerate(part) if keep is None or keep(r)]
        rows += [part[i] for i in index]
        vectors.append(x[index])
    return rows, np.vstack(vectors)


def xsafety() -> list[Row]:
    return [
        _row(r["text"], int(r["category"] in XSAFETY_HARMFUL), "XSafety", r["category"], r["lang"])
        for r in jsonl_rows("xsafety/xsafety.jsonl")
    ]


def cold(split: str) -> list[Row]:
    return [_row(r["TEXT"], int(r["label"]), f"COLD-{split}", r["topic"]) for r in cold_rows(split)]


def swsr() -> list[Row]:
    return [
        _row(r["text"], int(r["label"]), "SWSR", r.get("category") or "")
        for r in jsonl_rows("swsr/comments.jsonl")
    ]


def zh_unsafe_answers() -> list[Row]:
    return [
        _row(r["text"], 1, "AISafetyLab")
        for r in jsonl_rows("zh-unsafe-answers/unsafe_answers.jsonl")
    ]


def zh_unsafe_requests() -> list[Row]:
    """The requests behind AISafetyLab's answers: plain, and wrapped in a jailbreak prompt."""
    rows = jsonl_rows("zh-unsafe-answers/unsafe_answers.jsonl")
    return [_row(r["query"], 1, "AISafetyLab-query") for r in rows] + [
        _row(r["jb_prompt"], 1, "AISafetyLab-jailbreak") for r in rows if r.get("jb_prompt")
    ]


def diasafety() -> list[Row]:
    return [
        _row(r["text"], int(r["label"]), "DiaSafety", r["category"], "en")
        for r in jsonl_rows("en-responses-labelled/diasafety.jsonl")
    ]


def davidson() -> list[Row]:
    names = {"0": "hate", "1": "offensive", "2": "neither"}
    return [
        _row(r["tweet"], int(r["class"] != "2"), "Davidson", names[r["class"]], "en")
        for r in csv_rows("davidson/labeled_data.csv")
    ]


def toxigen() -> list[Row]:
    return [
        _row(r["text"], int(r["label"]), "ToxiGen", r.get("group", ""), "en")
        for r in jsonl_rows("toxigen-seeds/seeds.jsonl")
    ]


def hatecheck() -> list[Row]:
    return [
        _row(
            r["test_case"].strip(),
            int(r["label_gold"] == "hateful"),
            "HateCheck",
            r["functionality"],
            "en",
        )
        for r in csv_rows("hatecheck-dev/cases.csv")
    ]


ALL = {
    "harmful_prompts": harmful_prompts,
    "synth_requests": synth_requests,
    "synth_protective": synth_protective_requests,
    "synth_plain": synth_plain_requests,
    "synth_grievances": synth_grievance_requests,
    "synth_sexual_asks": synth_sexual_ask_requests,
    "synth_people": synth_people_requests,
    "synth_answers": synth_answers,
    "synth_hate": synth_hate,
    "synth_news": synth_news_lines,
    "synth_casual": synth_casual,
    "synth_benign": synth_benign_requests,
    "synth_knowledge": synth_knowledge_requests,
    "written_requests": written_requests.rows,
    "written_intents": lambda: written_requests.intents_appended(
        [r for r in synth_benign_requests() if r["family"] == "everyday"]
    ),
    "prompt_answers": prompt_answers,
    "xsafety": xsafety,
    "cold_train": lambda: cold("train"),
    "cold_dev": lambda: cold("dev"),
    "swsr": swsr,
    "zh_unsafe_answers": zh_unsafe_answers,
    "zh_unsafe_requests": zh_unsafe_requests,
    "diasafety": diasafety,
    "davidson": davidson,
    "toxigen": toxigen,
    "hatecheck": hatecheck,
}


if __name__ == "__main__":
    from _embed import embed

    for name, load in ALL.items():
        rows = load()
        print(name, len(rows), sum(r["label"] for r in rows), file=sys.stderr, flush=True)
        if "--embed" in sys.argv:
            embed([r["text"] for r in rows], progress=True)
