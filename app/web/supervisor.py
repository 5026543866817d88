"""`linimasa serve --workers N`: N uvicorn processes on one port, each with a listening socket of its own.

uvicorn's own `--workers` binds one socket and hands it to every worker. A worker's event loop, once
woken by a new connection, accepts every connection that is waiting (asyncio accepts up to the
backlog per wake-up), so a burst of connections opened at once (a browser's six, a proxy's pool, a
load test's eight) lands on whichever worker woke first, and, kept alive, stays there: measured with
`benchmarks/http.py`, all eight connections of the load on one of two workers, the other idle (0.00
s of CPU over the run), which is why two workers served `/` and the filtered fragment no faster
than one.

Here each worker listens on a socket of its own, all bound to the same port with SO_REUSEPORT, and
Linux hands each new connection to one of those sockets by a hash of its addresses: connections are
spread over the workers whether or not a worker is awake first. The parent only starts the workers,
starts a worker again when one dies, and stops them all on SIGINT or SIGTERM. Where SO_REUSEPORT does
not balance connections (it is Linux's), uvicorn's own supervisor is used.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import socket
import sys
import time

import uvicorn
from uvicorn.config import STARTUP_FAILURE

logger = logging.getLogger("uvicorn.error")


def balances_connections() -> bool:
    """Whether sockets bound with SO_REUSEPORT share a port's new connections among themselves."""
    return sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


def reuse_port_sockets(host: str, port: int, n: int, backlog: int = 2048) -> list[socket.socket]:
    """`n` listening sockets on one address; port 0 picks a free port, the same for all."""
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    sockets: list[socket.socket] = []
    try:
        for _ in range(n):
            sock = socket.socket(family, kind, proto)
            sockets.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            sock.bind(address)
            sock.listen(backlog)
            address = sock.getsockname()  # port 0: the others bind the port the first one got
    except OSError:
        for sock in sockets:
            sock.close()
        raise
    return sockets


def _worker(config: uvicorn.Config, sock: socket.socket) -> None:
    config.configure_logging()  # a spawned process starts without the parent's logging
    try:
        uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:
        pass


def serve_workers(config: uvicorn.Config, workers: int) -> int:
    """Serve `config` (an app given as an import string) from `workers` processes until SIGINT or SIGTERM;
    the exit status. Linux only (`balances_connections`)."""
    sockets = reuse_port_sockets(config.host, config.port, workers, config.backlog)
    context = multiprocessing.get_context("spawn")
    stopping: list[int] = []

    def start(slot: int):
        process = context.Process(target=_worker, args=(config, sockets[slot]), name=f"linimasa-worker-{slot + 1}")
        process.start()
        return process

    def stop(signum, _frame) -> None:  # noqa: ANN001 - a signal handler's frame
        stopping.append(signum)

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    host, port = sockets[0].getsockname()[:2]
    logger.info("Started parent process [%d]: %d workers on http://%s:%d, one listening socket each "
                "(SO_REUSEPORT)", os.getpid(), workers, host, port)
    status = 0
    processes = [start(slot) for slot in range(workers)]
    try:
        while not stopping:
            time.sleep(0.2)
            for slot, process in enumerate(processes):
                if process.is_alive() or stopping:
                    continue
                if process.exitcode == STARTUP_FAILURE:
                    # the app cannot start (a bad database URL, say): every new worker would fail alike
                    logger.error("Worker process [%d] failed to start; stopping", process.pid)
                    stopping.append(0)
                    status = 1
                    break
                logger.info("Worker process [%d] died (exit code %s); starting another", process.pid,
                            process.exitcode)
                processes[slot] = start(slot)
    finally:
        for process in processes:
            if process.is_alive():
                # SIGTERM even after a SIGINT from the terminal, which the workers got too: uvicorn ends
                # at once only on a second SIGINT, and a SIGTERM after one lets it finish its requests
                os.kill(process.pid, signal.SIGTERM)
        for process in processes:
            process.join(timeout=30)
            if process.is_alive():
                process.kill()
                process.join()
        for sock in sockets:
            sock.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        logger.info("Stopped parent process [%d]", os.getpid())
    return status
