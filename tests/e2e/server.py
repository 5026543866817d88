"""A real uvicorn serving Linimasa on a free port, on a fresh database, for end-to-end tests."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_server(db_path: Path, timeout: float = 60.0, settings: dict[str, str] | None = None,
                   workers: int = 1, output: list[str] | None = None):
    """`settings`: more LINIMASA_* environment variables ({"LINIMASA_PAGE_SIZE": "4"}); `output`, when
    given, receives what the server printed once it has stopped."""
    port = free_port()
    env = {**os.environ, "LINIMASA_DATABASE_URL": f"sqlite:///{db_path}", "LINIMASA_SEEDS_DIR": str(ROOT / "seeds"),
           "LINIMASA_GAZETTEER_PATH": str(ROOT / "seeds" / "actors.json"), **(settings or {})}
    process = subprocess.Popen([sys.executable, "-m", "app.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
                                "--workers", str(workers)],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                output = process.stdout.read().decode(errors="replace") if process.stdout else ""
                raise RuntimeError(f"server did not start:\n{output[-3000:]}")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if output is not None and process.stdout:
            output.append(process.stdout.read().decode(errors="replace"))
