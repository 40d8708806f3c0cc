"""The docs are checked: every block marked for it runs or validates, every link resolves.

Markers are the fence's words after the language: ```` ```yaml policy ```` (a whole policy:
validated against ``policies/``), ```` ```bash check ```` (each ``aigc-guard`` line runs and
exits 0) and ```` ```python check ```` (runs against the demo model, whose address replaces
``http://127.0.0.1:8080``).
"""

from __future__ import annotations

import contextlib
import io
import re
import shlex
from pathlib import Path

import pytest
from servers import LiveServer

from aigc_guard.cli import main as cli
from aigc_guard.policy.loader import parse_policy
from aigc_guard.server import create_demo_app

REPO = Path(__file__).parent.parent
PAGES = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(\w+)([^\n]*)\n(.*?)^```", re.S | re.M)


def blocks(marker: str) -> list[tuple[str, str]]:
    """(page:line, body) of every fenced block whose info string carries ``marker``."""
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for match in FENCE.finditer(text):
            language, words, body = match.groups()
            if marker in f"{language} {words}".split():
                line = text[: match.start()].count("\n") + 1
                found.append((f"{page.relative_to(REPO)}:{line}", body))
    return found


def test_the_readme_fits_on_a_screen() -> None:
    assert len((REPO / "README.md").read_text(encoding="utf-8").splitlines()) <= 150


@pytest.mark.parametrize(("where", "body"), blocks("policy"), ids=lambda v: str(v)[:40])
def test_every_marked_policy_validates(where: str, body: str) -> None:
    policy = parse_policy(body, base_dir=REPO / "policies")
    assert policy.rules, where


@pytest.mark.parametrize(
    ("where", "body"),
    [b for b in blocks("check") if "OpenAI(" not in b[1] and not b[1].startswith("$ ")],
    ids=lambda v: str(v)[:40],
)
def test_every_marked_command_runs(
    where: str, body: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    (tmp_path / "texts.jsonl").write_text('{"text": "你好"}\n', encoding="utf-8")
    ran = 0
    for line in body.splitlines():
        command = line.split("#", 1)[0].strip()
        if not command.startswith("aigc-guard "):
            continue
        command = command.replace("texts.jsonl", str(tmp_path / "texts.jsonl"))
        command = command.replace("decisions.jsonl", str(tmp_path / "decisions.jsonl"))
        with contextlib.redirect_stdout(io.StringIO()):
            assert cli(shlex.split(command)[1:]) == 0, (where, command)
        ran += 1
    assert ran, where


def test_the_readme_sdk_example_gets_a_guarded_answer(capsys: pytest.CaptureFixture[str]) -> None:
    [(where, code)] = [b for b in blocks("check") if "OpenAI(" in b[1]]
    with LiveServer(create_demo_app(REPO / "policies" / "default.yaml")) as demo:
        exec(compile(code.replace("http://127.0.0.1:8080", demo.url), where, "exec"), {})
    printed = capsys.readouterr().out
    assert "110105********002X" in printed and "138****5678" in printed  # masked, as it says


def test_every_link_between_pages_resolves() -> None:
    for page in PAGES:
        for target in re.findall(
            r"\]\(([^)#:]+\.(?:md|png))(?:#[^)]*)?\)", page.read_text("utf-8")
        ):
            assert (page.parent / target).exists(), f"{page.name} links to missing {target}"


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli(["--help"])
    usage = capsys.readouterr().out
    for command in ("serve", "demo", "scan", "eval", "policy", "label", "audit"):
        assert command in usage


@pytest.mark.parametrize(("where", "body"), blocks("console"), ids=lambda v: str(v)[:40])
def test_every_transcript_shows_what_the_command_prints(
    where: str, body: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """```console check``` blocks: `$ aigc-guard …` and exactly the output it prints now."""
    monkeypatch.chdir(REPO)
    command, *expected = body.rstrip("\n").split("\n")
    assert command.startswith("$ aigc-guard "), where
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        cli(shlex.split(command[2:])[1:])
    assert printed.getvalue().rstrip("\n").split("\n") == expected, where


def test_every_test_a_doc_names_exists() -> None:
    """The compliance table names the test behind each clause: each one must be there."""
    named = set()
    for page in PAGES:
        named |= set(re.findall(r"`(tests/[\w/]+\.py)::(\w+)`", page.read_text(encoding="utf-8")))
    assert len(named) >= 15
    for path, name in sorted(named):
        source = (REPO / path).read_text(encoding="utf-8")
        assert re.search(rf"^(async )?def {name}\(", source, re.M), f"{path}::{name}"
