from __future__ import annotations

import shutil
from pathlib import Path

import jsonschema
import pytest
import yaml

from aigc_guard.errors import PolicyError
from aigc_guard.policy.json_schema import policy_json_schema
from aigc_guard.policy.loader import load_policy, parse_policy

REPO = Path(__file__).parent.parent
SHIPPED = sorted(p for p in (REPO / "policies").rglob("*.yaml") if p.parent.name != "patterns")


def test_minimal_example_loads_as_is(tmp_path: Path) -> None:
    shutil.copy(REPO / "policies/examples/minimal.yaml", tmp_path / "p.yaml")
    (tmp_path / "terms.txt").write_text("冰毒\n", encoding="utf-8")
    policy = load_policy(tmp_path / "p.yaml")
    assert set(policy.classifiers) == {"banned", "pii"}
    assert policy.mode == "internal"


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_policies_load_and_match_the_schema(path: Path) -> None:
    load_policy(path, models=False)  # the session's ``policies`` load default and cn-tc260 whole
    jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), policy_json_schema())


def error_for(text: str, tmp_path: Path) -> PolicyError:
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    return caught.value


def test_unknown_field_names_file_line_and_field(tmp_path: Path) -> None:
    error = error_for("version: 1\nrules:\n  - when: {classifier: x}\n    acton: block\n", tmp_path)
    assert error.file and error.file.endswith("broken.yaml")
    assert error.line == 4  # the misspelled key's own line
    assert error.field == "rules.0.acton" and "did you mean 'action'" in error.reason


def test_bad_action_value(tmp_path: Path) -> None:
    error = error_for(
        "version: 1\nclassifiers: {}\nrules:\n  - when: {}\n    action: nuke\n", tmp_path
    )
    assert (error.line, error.field) == (5, "rules.0.action")


def test_rule_naming_a_missing_classifier(tmp_path: Path) -> None:
    error = error_for(
        "version: 1\nrules:\n  - when:\n      classifier: ghost\n    action: block\n", tmp_path
    )
    assert error.line == 4 and "ghost" in error.reason


def test_classifier_option_error_points_into_the_classifier(tmp_path: Path) -> None:
    text = (
        "version: 1\nclassifiers:\n  pii:\n    type: pii\n    entities: [cn_mobile, martian_id]\n"
    )
    error = error_for(text, tmp_path)
    assert error.line == 5 and error.field == "classifiers.pii.entities"
    assert "martian_id" in error.reason


def test_unknown_classifier_type(tmp_path: Path) -> None:
    error = error_for("version: 1\nclassifiers:\n  x:\n    type: telepathy\n", tmp_path)
    assert error.line == 4 and "telepathy" in error.reason


def test_broken_yaml_has_a_line(tmp_path: Path) -> None:
    error = error_for("version: 1\nrules: [\n  - oops: {\n", tmp_path)
    assert error.line is not None and "YAML" in error.reason


def test_bad_regex_pattern(tmp_path: Path) -> None:
    text = (
        "version: 1\nclassifiers:\n  r:\n    type: regex\n    patterns:\n"
        "      - {name: a, pattern: '(unclosed'}\n"
    )
    error = error_for(text, tmp_path)
    assert error.field == "classifiers.r.patterns.0.pattern" and error.line == 6


def regex_policy(tmp_path: Path, patterns: str) -> Path:
    (tmp_path / "threats.yaml").write_text(patterns, encoding="utf-8")
    path = tmp_path / "p.yaml"
    path.write_text(
        "version: 1\nclassifiers:\n  r: {type: regex, files: [threats.yaml]}\n"
        "rules:\n  - {when: {classifier: r}, action: flag}\n",
        encoding="utf-8",
    )
    return path


def test_regex_patterns_come_from_files_and_version_the_policy(tmp_path: Path) -> None:
    import asyncio

    from aigc_guard.engine import scan_texts
    from aigc_guard.policy.schema import Direction

    path = regex_policy(tmp_path, "patterns:\n  - {name: t, pattern: 'kill (you|them)'}\n")
    policy = load_policy(path)
    outcome = asyncio.run(scan_texts(policy, ["I will kill you"], Direction.OUTPUT))
    assert [(f.label, f.start, f.end) for f in outcome.findings[0]] == [("t", 7, 15)]
    assert policy.classifiers["r"].source_files() == [tmp_path / "threats.yaml"]
    regex_policy(tmp_path, "patterns:\n  - {name: t, pattern: 'kill (you|us)'}\n")
    assert load_policy(path).version != policy.version


def test_two_patterns_may_name_the_same_group(tmp_path: Path) -> None:
    """Each pattern compiles alone; their one-search prefilter cannot (an ambiguous group), so
    the patterns run one by one instead of failing every scan."""
    import asyncio

    from aigc_guard.engine import scan_texts
    from aigc_guard.policy.schema import Direction

    patterns = (
        "patterns:\n"
        "  - {name: a, pattern: '(?<w>kill) you'}\n"
        "  - {name: b, pattern: '(?<w>hurt) them'}\n"
    )
    policy = load_policy(regex_policy(tmp_path, patterns))
    outcome = asyncio.run(scan_texts(policy, ["kill you, hurt them"], Direction.OUTPUT))
    assert sorted(f.label or "" for f in outcome.findings[0]) == ["a", "b"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "cannot read pattern file"),
        ("patterns: [\n", "not YAML"),
        ("pattern: x\n", "pattern file"),
        # where in the file: a bare number in a word list (YAML reads 110 as an int)
        ("lists:\n  police: [警方, 110]\npatterns: []\n", r"pattern file: lists\.police\.1: "),
    ],
)
def test_a_broken_pattern_file_is_a_policy_error(
    tmp_path: Path, content: str | None, reason: str
) -> None:
    path = regex_policy(tmp_path, content or "")
    if content is None:
        (tmp_path / "threats.yaml").unlink()
    with pytest.raises(PolicyError, match=reason):
        load_policy(path)


def test_missing_file_is_clear(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read policy"):
        load_policy(tmp_path / "none.yaml")


def test_version_changes_with_content() -> None:
    a = parse_policy("version: 1\nname: a\n", base_dir=Path("."))
    b = parse_policy("version: 1\nname: a\nrules: []\n", base_dir=Path("."))
    assert a.version != b.version and a.version.startswith("a@")
