"""The development and held-out sets are what they say: verbatim text with its source, gold offsets that
slice back."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
SETS = pytest.mark.parametrize("folder", [DATA / "dev", DATA / "holdout"], ids=["dev", "holdout"])


@SETS
def test_every_gold_file_has_its_article_its_url_and_exact_offsets(folder):
    golds = sorted((folder / "gold").glob("*.json"))
    assert len(golds) >= 70
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (folder / "articles" / gold["file"]).read_text(encoding="utf-8")
        assert gold["url"].startswith("http"), path.name
        for t in gold["timex"]:
            assert text[t["start"]:t["end"]] == t["text"], (path.name, t)
        for e in gold["events"]:
            assert text[e["start"]:e["end"]] == e["evidence"], (path.name, e)


@SETS
def test_every_report_and_distractor_is_a_passage_of_its_article(folder):
    happenings = 0
    for path in sorted((folder / "happenings").glob("*.json")):
        group = json.loads(path.read_text(encoding="utf-8"))
        passages = [r for h in group["happenings"] for r in h["reports"]] + group.get("distractors", [])
        assert group["happenings"] and group.get("distractors"), path.name
        happenings += len(group["happenings"])
        for p in passages:
            assert p["evidence"] in (folder / "articles" / p["file"]).read_text(encoding="utf-8"), (path.name, p)
    assert happenings >= 6  # the issue asks for at least six, each told by several outlets
