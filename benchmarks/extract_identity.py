"""An exact-output check for the extractor: speedups must not change a single byte of what it finds.

    .venv/bin/python benchmarks/extract_identity.py dump OUT.json      # write the dump
    .venv/bin/python benchmarks/extract_identity.py check REF.json     # compare with a saved dump

It runs `extract_article` over every text of the development set (with its gold DCT, with none, and
with none but a fixed `today`), the seed articles (with their known publication date where one
exists) and 300 generated articles (`benchmarks/corpus.py 300 DIR --seed 5`), and writes every
result as canonical JSON: dataclasses as dicts, sets sorted, keys sorted. The check exits 1 and names
the first texts that differ. It runs itself under PYTHONHASHSEED=0, so that anything ordered by a
set's iteration is ordered the same way in both runs.
"""
from __future__ import annotations

import os as _os
import sys as _sys

# benchmarks/http.py would shadow the standard library's http package (urllib and httpx import it)
# while this folder stands first on sys.path, as it does for a script run from here: it goes last
_HERE_DIR = _os.path.dirname(_os.path.abspath(__file__))
_sys.path[:] = [p for p in _sys.path if _os.path.abspath(p or ".") != _HERE_DIR] + [_HERE_DIR]

import argparse
import dataclasses
import json
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "dev"
TODAY = date(2026, 12, 3)  # a fixed reading day, for the texts that name no year


def canonical(value):
    """A JSON-ready value whose serialisation does not depend on set order or hash seed."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: canonical(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): canonical(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((canonical(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, date):
        return value.isoformat()
    return value


def cases(generated: Path) -> list[tuple[str, Path, date | None, date | None]]:
    """(label, file, dct, today) for every extraction the check runs."""
    out = []
    for gold_path in sorted((DEV / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if gold.get("dct"):
            out.append((f"dev-gold-dct/{gold['file']}", DEV / "articles" / gold["file"],
                        date.fromisoformat(gold["dct"]), None))
    for path in sorted((DEV / "articles").glob("*.txt")):
        out.append((f"dev/{path.name}", path, None, None))
        out.append((f"dev-today/{path.name}", path, None, TODAY))
    seeds = json.loads((ROOT / "seeds" / "articles.json").read_text(encoding="utf-8"))["articles"]
    for seed in seeds:
        published = date.fromisoformat(seed["published"]) if seed.get("published") else None
        out.append((f"seed/{seed['file']}", ROOT / "seeds" / seed["file"], published, None))
    for path in sorted(generated.glob("*.txt")):
        out.append((f"generated/{path.name}", path, None, None))
    return out


def dump() -> dict[str, str]:
    """Label -> the canonical JSON of its extraction."""
    from app.extract.actors import Gazetteer
    from app.extract.pipeline import extract_article

    import corpus

    gazetteer = Gazetteer.load(ROOT / "seeds" / "actors.json")
    with tempfile.TemporaryDirectory() as tmp:
        corpus.write_corpus(300, Path(tmp), 5)
        result = {}
        for label, path, dct, today in cases(Path(tmp)):
            extraction = extract_article(path.read_text(encoding="utf-8"), dct, gazetteer, today=today)
            result[label] = json.dumps(canonical(extraction), sort_keys=True, ensure_ascii=False)
    return result


def main() -> int:
    if _os.environ.get("PYTHONHASHSEED") != "0":
        _os.environ["PYTHONHASHSEED"] = "0"
        _os.execv(sys.executable, [sys.executable, *sys.argv])
    sys.path.insert(0, str(ROOT))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["dump", "check"])
    ap.add_argument("path", type=Path)
    args = ap.parse_args()
    result = dump()
    if args.mode == "dump":
        args.path.write_text(json.dumps(result, sort_keys=True, ensure_ascii=False, indent=0) + "\n",
                             encoding="utf-8")
        print(f"wrote {len(result)} extractions to {args.path}")
        return 0
    reference = json.loads(args.path.read_text(encoding="utf-8"))
    differ = [label for label in sorted(set(reference) | set(result))
              if reference.get(label) != result.get(label)]
    if differ:
        print(f"DIFFERENT: {len(differ)} of {len(reference)} extractions, e.g. {differ[:5]}")
        return 1
    print(f"IDENTICAL: all {len(result)} extractions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
