"""Throughput of Linimasa's temporal tagger against dateparser's search_dates, in one run.

    .venv/bin/python benchmarks/extract.py [--rounds 7] [ARTICLE_DIR_OR_FILES...]

Both run over the same texts, interleaved round by round so that both see the same
machine load; each figure is the median round, in characters per CPU-second, and the
result that matters is the ratio. When ../shared/eval is present, the value F1 of both
on the seed gold is printed beside it (quality and speed in one report).
"""
from __future__ import annotations

import os as _os
import sys as _sys

# benchmarks/http.py would shadow the standard library's http package (urllib and httpx import it)
# while this folder stands first on sys.path, as it does for a script run from here: it goes last
_HERE_DIR = _os.path.dirname(_os.path.abspath(__file__))
_sys.path[:] = [p for p in _sys.path if _os.path.abspath(p or ".") != _HERE_DIR] + [_HERE_DIR]

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.extract.actors import Gazetteer  # noqa: E402
from app.extract.pipeline import extract_article  # noqa: E402
from app.extract.timex import tag_timexes  # noqa: E402


def load_texts(paths: list[str]) -> list[tuple[str, str]]:
    files: list[Path] = []
    for p in map(Path, paths or [str(ROOT / "seeds")]):
        files.extend(sorted(p.glob("*.txt")) if p.is_dir() else [p])
    return [(f.name, f.read_bytes().decode("utf-8")) for f in files]


def cpu_seconds(fn, texts: list[str]) -> float:
    start = time.process_time()
    for text in texts:
        fn(text)
    return time.process_time() - start


def dateparser_search(text: str):
    from dateparser.search import search_dates
    # the reference call of ../shared/eval/dateparser_baseline.py
    return search_dates(text, languages=["id"], settings={"DATE_ORDER": "DMY"})


def value_f1(system_docs: list[dict]) -> float | None:
    eval_dir = ROOT.parent / "shared" / "eval"
    if not (eval_dir / "score.py").is_file():
        return None
    sys.path.insert(0, str(eval_dir))
    import score  # the shared scorer, unchanged
    result = score.score(eval_dir / "seeds-gold", ROOT / "seeds", {"documents": system_docs})
    return result["timex_value"][2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    named = load_texts(args.paths)
    texts = [t for _, t in named]
    chars = sum(len(t) for t in texts)
    gazetteer = Gazetteer.load(ROOT / "seeds" / "actors.json")

    # warm-up: compiled patterns, dateparser's language data
    cpu_seconds(tag_timexes, texts)
    cpu_seconds(dateparser_search, texts[:1])
    ours, pipeline, theirs = [], [], []
    for _ in range(args.rounds):
        ours.append(cpu_seconds(tag_timexes, texts))
        pipeline.append(cpu_seconds(lambda t: extract_article(t, gazetteer=gazetteer), texts))
        theirs.append(cpu_seconds(dateparser_search, texts))
    rate = {name: chars / statistics.median(samples)
            for name, samples in (("tagger", ours), ("pipeline", pipeline), ("dateparser", theirs))}
    print(f"{len(texts)} articles, {chars:,} characters, {args.rounds} interleaved rounds, median round, CPU time")
    print(f"  Linimasa tagger            {rate['tagger'] / 1e3:10.1f} k chars/s")
    print(f"  Linimasa whole pipeline    {rate['pipeline'] / 1e3:10.1f} k chars/s   (dates, sentences, actors, events)")
    print(f"  dateparser search_dates    {rate['dateparser'] / 1e3:10.1f} k chars/s")
    print(f"  ratio tagger / dateparser    {rate['tagger'] / rate['dateparser']:8.1f}x")
    print(f"  ratio pipeline / dateparser  {rate['pipeline'] / rate['dateparser']:8.1f}x")

    seeds = [(n, t) for n, t in named if (ROOT / "seeds" / n).is_file()]  # the gold covers the seeds only
    ours_docs = [{"path": n, **{k: v for k, v in extract_article(t, gazetteer=gazetteer).to_json(n).items()
                                if k != "path"}} for n, t in seeds]
    f1 = value_f1(ours_docs)
    if f1 is not None:
        sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))
        import dateparser_baseline
        baseline_docs = [dateparser_baseline.extract(str(ROOT / "seeds" / n)) for n, _ in seeds]
        print(f"  timex value F1 on the seed gold: Linimasa {f1:.3f}, dateparser {value_f1(baseline_docs):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
