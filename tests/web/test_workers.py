"""`linimasa serve --workers 2` under real uvicorn: connections opened at once are spread over the workers."""
from __future__ import annotations

import os
import select
import socket
import sys
from pathlib import Path

import pytest

from app.web.supervisor import balances_connections, reuse_port_sockets
from tests.e2e.server import running_server

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux") or not balances_connections(),
                                reason="reads /proc; SO_REUSEPORT balancing is Linux's")


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _tcp(port: int, state: str) -> dict[int, int]:
    """{remote port: inode} of the loopback sockets on local port `port` in `state` (01 established,
    0A listening)."""
    inodes = {}
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local, remote, inode = fields[1], fields[2], int(fields[9])
        if fields[3] == state and int(local.split(":")[1], 16) == port:
            inodes[inode if state == "0A" else int(remote.split(":")[1], 16)] = inode
    return inodes


def _socket_inodes(pid: int) -> set[int]:
    held = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            held.add(int(target[8:-1]))
    return held


def _get(sock: socket.socket, path: str) -> bytes:
    sock.sendall(f"GET {path} HTTP/1.1\r\nHost: test\r\n\r\n".encode())
    answer = b""
    while b"\r\n\r\n" not in answer:
        answer += sock.recv(65536)
    return answer


@linux_only
def test_connections_opened_at_once_are_spread_over_two_workers(tmp_path: Path):
    # uvicorn's own --workers shares one socket: the first worker to wake accepted all 32 (and a kept-alive
    # connection stays with it), so two workers served a burst of connections no faster than one
    with running_server(tmp_path / "two.db", workers=2) as base:
        port = int(base.rsplit(":", 1)[1])
        connections = [socket.socket() for _ in range(32)]
        try:
            for sock in connections:  # all at once, as a client's pool opens them (not one after another)
                sock.setblocking(False)
                sock.connect_ex(("127.0.0.1", port))
            for sock in connections:
                select.select([], [sock], [], 10)
                sock.setblocking(True)
            for sock in connections:
                assert _get(sock, "/healthz").startswith(b"HTTP/1.1 200")
            parent, = (p for p in _children(os.getpid()) if b"app.cli" in Path(f"/proc/{p}/cmdline").read_bytes())
            workers = _children(parent)
            server_ends = _tcp(port, "01")
            mine = {server_ends[sock.getsockname()[1]] for sock in connections}
            held = {pid: len(mine & _socket_inodes(pid)) for pid in workers}
            listening = set(_tcp(port, "0A"))
            listeners = {pid: listening & _socket_inodes(pid) for pid in workers}
        finally:
            for sock in connections:
                sock.close()
    # each worker listens on a socket of its own (uvicorn's supervisor shares one among all)
    assert len(listening) == 2, listeners
    assert sorted(len(own) for own in listeners.values() if own) == [1, 1], listeners
    # and the kernel spreads new connections over those sockets by a hash of the addresses; each of two
    # holds at least 4 of 32 but once in some 400,000 runs (unshared: 32 and 0, or 31 and 1, most runs)
    assert sum(held.values()) == 32, held
    assert sorted(n for n in held.values() if n)[0] >= 4 and len([n for n in held.values() if n]) == 2, held


@linux_only
def test_reuse_port_sockets_share_one_port_and_each_gets_connections():
    sockets = reuse_port_sockets("127.0.0.1", 0, 2)
    try:
        port = sockets[0].getsockname()[1]
        assert sockets[1].getsockname()[1] == port
        clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(32)]
        accepted = []
        for sock in sockets:
            sock.setblocking(False)
            n = 0
            while True:
                try:
                    conn, _ = sock.accept()
                except BlockingIOError:
                    break
                conn.close()
                n += 1
            accepted.append(n)
        for client in clients:
            client.close()
    finally:
        for sock in sockets:
            sock.close()
    assert sum(accepted) == 32 and min(accepted) > 0, accepted
