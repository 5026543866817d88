"""Event quality on the development set of real reporting (tests/data/dev/).

    .venv/bin/python benchmarks/events.py [--dev tests/data/dev] [--verbose] [--orders]

Reports, over every annotated article:
- event recall: gold events found (same date, cited passage overlapping the evidence);
- duplicates: the same happening told twice in one article (two events of one date sharing
  a passage or their actors, as ../shared/eval/score.py counts them);
- publication-date accuracy, where the gold gives one;
and, over the multi-outlet happenings, after ingesting every article into a fresh database:
- landing: reports that land on their happening's event (the event most of its reports share);
- happenings told as one event by all reports, or all but one;
- distractors merged into the happening they must stay apart from.
Quality figures, not speed: nothing here is timed.
"""
from __future__ import annotations

import os as _os
import sys as _sys

# benchmarks/http.py would shadow the standard library's http package (urllib and httpx import it)
# while this folder stands first on sys.path, as it does for a script run from here: it goes last
_HERE_DIR = _os.path.dirname(_os.path.abspath(__file__))
_sys.path[:] = [p for p in _sys.path if _os.path.abspath(p or ".") != _HERE_DIR] + [_HERE_DIR]

import argparse
from datetime import date
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlmodel import Session, select  # noqa: E402

from app.extract.actors import Gazetteer  # noqa: E402
from app.extract.pipeline import extract_article  # noqa: E402
from app.store.db import make_engine, upgrade_to_head  # noqa: E402
from app.store.ingest import ArticleMeta, ingest_text  # noqa: E402
from app.store.models import Article, Citation  # noqa: E402


def overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def same_date(gold: str, system: str) -> bool:
    g, s = gold.upper(), (system or "").upper()
    return g == s or ("/" in s and "/" not in g and s.split("/", 1)[0] == g)


def article_scores(dev: Path, gazetteer: Gazetteer, verbose: bool) -> dict:
    totals = Counter()
    for gold_path in sorted((dev / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (dev / "articles" / gold["file"]).read_text(encoding="utf-8")
        extraction = extract_article(text, None, gazetteer, today=date.today())
        events = extraction.events
        for ge in gold["events"]:
            start = ge.get("start", text.find(ge["evidence"]))
            end = ge.get("end", start + len(ge["evidence"]))
            hit = any(same_date(ge["date"], e.value) and overlap(start, end, e.start, e.end) for e in events)
            totals["gold"] += 1
            totals["hit"] += hit
            if not hit and verbose:
                print(f"  miss {gold['file']}: {ge['date']} {ge['evidence'][:90]!r}")
        totals["events"] += len(events)
        totals["duplicates"] += sum(
            1 for i, a in enumerate(events) for b in events[:i]
            if a.value == b.value and (overlap(a.start, a.end, b.start, b.end) or (a.actors and set(a.actors) == set(b.actors))))
        if gold.get("dct"):
            totals["dct_gold"] += 1
            found = extraction.publication_date.value
            totals["dct_hit"] += found is not None and found.isoformat() == gold["dct"]
            if verbose and (found is None or found.isoformat() != gold["dct"]):
                print(f"  dct  {gold['file']}: gold {gold['dct']} ({gold.get('dct_basis')}) got {found} "
                      f"({extraction.publication_date.explanation})")
        totals["articles"] += 1
    return totals


def ingest_all(dev: Path, names: list[str], gazetteer: Gazetteer, url: str, golds: dict) -> list:
    """Ingest `names` in that order; the happenings as sorted groups of (article, start, date)."""
    upgrade_to_head(url)
    engine = make_engine(url)
    with Session(engine) as session:
        for name in names:
            text = (dev / "articles" / name).read_text(encoding="utf-8")
            ingest_text(session, text, ArticleMeta(source_name=name, outlet=golds.get(name, {}).get("outlet")),
                        gazetteer)
            session.commit()
        titles = {a.id: a.source_name for a in session.exec(select(Article)).all()}
        groups: dict = {}
        for c in session.exec(select(Citation)).all():
            groups.setdefault(c.event_id, []).append((titles[c.article_id], c.start, c.value))
    engine.dispose()
    return sorted(sorted(g) for g in groups.values())


def order_independent(dev: Path, gazetteer: Gazetteer) -> tuple[bool, int]:
    """Every article of the set, forwards and backwards: the same happenings either way?"""
    golds = {p.stem + ".txt": json.loads(p.read_text(encoding="utf-8")) for p in (dev / "gold").glob("*.json")}
    names = sorted(p.name for p in (dev / "articles").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        forwards = ingest_all(dev, names, gazetteer, f"sqlite:///{tmp}/f.db", golds)
        backwards = ingest_all(dev, names[::-1], gazetteer, f"sqlite:///{tmp}/b.db", golds)
    return forwards == backwards, len(forwards)


def happening_scores(dev: Path, gazetteer: Gazetteer, verbose: bool) -> dict:
    groups = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((dev / "happenings").glob("*.json"))]
    files = sorted({r["file"] for g in groups for h in g["happenings"] for r in h["reports"]}
                   | {d["file"] for g in groups for d in g.get("distractors", [])})
    golds = {p.stem + ".txt": json.loads(p.read_text(encoding="utf-8")) for p in (dev / "gold").glob("*.json")}
    totals = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/dev.db"
        upgrade_to_head(url)
        engine = make_engine(url)
        with Session(engine) as session:
            for name in files:
                gold = golds.get(name, {})
                text = (dev / "articles" / name).read_text(encoding="utf-8")
                ingest_text(session, text, ArticleMeta(source_name=name, outlet=gold.get("outlet")), gazetteer)
            session.commit()
            ids = {a.source_name: a.id for a in session.exec(select(Article)).all()}
            citations = session.exec(select(Citation)).all()

            def event_of(name: str, evidence: str, value: str) -> int | None:
                text = (dev / "articles" / name).read_text(encoding="utf-8")
                start = text.find(evidence)
                end = start + len(evidence)
                found = [c for c in citations if c.article_id == ids[name] and overlap(start, end, c.start, c.end)]
                # the passage's own citation; several (a sentence in two clauses): the primary one
                found.sort(key=lambda c: (not same_date(value, c.value), c.primary_id is not None,
                                          -overlap(start, end, c.start, c.end)))
                return found[0].event_id if found else None

            main_events = {}
            for group in groups:
                for h in group["happenings"]:
                    landed = [event_of(r["file"], r["evidence"], h["date"]) for r in h["reports"]]
                    counted = Counter(e for e in landed if e is not None)
                    main = counted.most_common(1)[0][0] if counted else None
                    main_events[h["id"]] = main
                    on_main = sum(e == main and e is not None for e in landed)
                    totals["reports"] += len(landed)
                    totals["landed"] += on_main
                    totals["happenings"] += 1
                    totals["one_event"] += on_main >= len(landed) - 1
                    if verbose:
                        print(f"  {h['id']}: {on_main}/{len(landed)} reports on event {main}; "
                              f"events {dict(counted)}, not found {landed.count(None)}")
                for d in group.get("distractors", []):
                    totals["distractors"] += 1
                    landed = event_of(d["file"], d["evidence"], d["date"])
                    merged = landed is not None and landed == main_events.get(d["not"])
                    totals["distractors_merged"] += merged
                    if merged and verbose:
                        print(f"  distractor merged into {d['not']}: {d['file']} {d['evidence'][:80]!r}")
        engine.dispose()
    return totals


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", type=Path, default=ROOT / "tests" / "data" / "dev")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--orders", action="store_true", help="also ingest every article forwards and backwards "
                                                          "and say whether the happenings are the same")
    args = ap.parse_args()
    gazetteer = Gazetteer.load(ROOT / "seeds" / "actors.json")
    a = article_scores(args.dev, gazetteer, args.verbose)
    h = happening_scores(args.dev, gazetteer, args.verbose)
    print(f"articles {a['articles']}: event recall {a['hit'] / max(1, a['gold']):.3f} ({a['hit']}/{a['gold']}), "
          f"{a['events'] / max(1, a['articles']):.1f} events per article, {a['duplicates']} told twice, "
          f"DCT accuracy {a['dct_hit'] / max(1, a['dct_gold']):.3f} ({a['dct_hit']}/{a['dct_gold']})")
    print(f"happenings {h['happenings']}: {h['landed']}/{h['reports']} reports land on their happening's event "
          f"({h['landed'] / max(1, h['reports']):.2f}); {h['one_event']}/{h['happenings']} told as one event "
          f"(all reports or all but one); distractors merged {h['distractors_merged']}/{h['distractors']}")
    if args.orders:
        same, count = order_independent(args.dev, gazetteer)
        print(f"order: every article forwards and backwards gives {'the same' if same else 'DIFFERENT'} "
              f"{count} happenings")
    return 0 if not args.orders or same else 1


if __name__ == "__main__":
    sys.exit(main())
