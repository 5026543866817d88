"""The whole extraction pipeline's CPU time against an earlier revision of itself, in one run.

    .venv/bin/python benchmarks/pipeline.py [--against b9024e6] [--rounds 6]

The earlier revision is checked out in a temporary git worktree; the two run alternately, each
in its own process over the same texts (the seed articles and the development set), so both
meet the same machine load. Each process keeps its best of 5 passes, and the figure is the best
of the rounds for each side: the ratio new/old. A ratio, not a time: the machine is shared.
"""
from __future__ import annotations

import os as _os
import sys as _sys

# benchmarks/http.py would shadow the standard library's http package (urllib and httpx import it)
# while this folder stands first on sys.path, as it does for a script run from here: it goes last
_HERE_DIR = _os.path.dirname(_os.path.abspath(__file__))
_sys.path[:] = [p for p in _sys.path if _os.path.abspath(p or ".") != _HERE_DIR] + [_HERE_DIR]

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# run inside each checkout: extract every text five times, print the best pass's CPU seconds
_MEASURE = """
import sys, time
from pathlib import Path
root = Path(sys.argv[1]); sys.path.insert(0, str(root))
from app.extract.actors import Gazetteer
from app.extract.pipeline import extract_article
load = Gazetteer.load if hasattr(Gazetteer, "load") else Gazetteer.from_file
gazetteer = load(root / "seeds" / "actors.json")
texts = [Path(p).read_text(encoding="utf-8") for p in sys.argv[2:]]
best = float("inf")
for _ in range(5):
    start = time.process_time()
    for text in texts:
        extract_article(text, None, gazetteer)
    best = min(best, time.process_time() - start)
print(best)
"""


# ... and, once, which texts a checkout cannot read at all (the old one raises on a few of the newer dev
# articles): those are left out of both sides, so both time the same texts
_FAILING = """
import sys
from pathlib import Path
root = Path(sys.argv[1]); sys.path.insert(0, str(root))
from app.extract.actors import Gazetteer
from app.extract.pipeline import extract_article
load = Gazetteer.load if hasattr(Gazetteer, "load") else Gazetteer.from_file
gazetteer = load(root / "seeds" / "actors.json")
for p in sys.argv[2:]:
    try:
        extract_article(Path(p).read_text(encoding="utf-8"), None, gazetteer)
    except Exception:
        print(p)
"""


def failing(checkout: Path, files: list[str]) -> set[str]:
    out = subprocess.run([sys.executable, "-c", _FAILING, str(checkout), *files], check=True,
                         capture_output=True, text=True, cwd=checkout)
    return set(out.stdout.split())


def measure(checkout: Path, files: list[str]) -> float:
    out = subprocess.run([sys.executable, "-c", _MEASURE, str(checkout), *files], check=True,
                         capture_output=True, text=True, cwd=checkout)
    return float(out.stdout.strip())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--against", default="b9024e6", help="the earlier revision (default: before the happenings work)")
    ap.add_argument("--rounds", type=int, default=6)
    args = ap.parse_args()
    files = [str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))
             + sorted((ROOT / "tests" / "data" / "dev" / "articles").glob("*.txt"))]
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "old"
        subprocess.run(["git", "worktree", "add", "--detach", "--force", str(old), args.against], cwd=ROOT,
                       check=True, capture_output=True)
        try:
            left_out = failing(old, files) | failing(ROOT, files)
            files = [f for f in files if f not in left_out]
            old_times, new_times = [], []
            for _ in range(args.rounds):
                old_times.append(measure(old, files))
                new_times.append(measure(ROOT, files))
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(old)], cwd=ROOT, capture_output=True)
    print(f"pipeline over {len(files)} articles, best of {args.rounds} rounds (CPU time): "
          f"{min(new_times) / min(old_times):.2f}x the time of {args.against}"
          + (f" ({len(left_out)} that a revision cannot read left out)" if left_out else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
