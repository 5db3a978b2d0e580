"""`transferhub serve` (gunicorn) on a free loopback port: start, wait, kill, restart."""

import os
import re
import signal
import socket
import subprocess
import time
from collections import Counter
from pathlib import Path

import requests

from .install import Install

ACCESS_STATUS = re.compile(r'" (\d{3}) ')


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def group_alive(pgid: int) -> bool:
    """Whether any live (not zombie) process is left in process group `pgid`."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        # After "(comm)": state, ppid, pgrp, ...
        if fields[0] != "Z" and int(fields[2]) == pgid:
            return True
    return False


class Server:
    """A real server of an install: gunicorn master plus workers, in one process group."""

    def __init__(
        self,
        install: Install,
        *,
        workers: int = 3,
        port: int | None = None,
        name: str = "serve",
        env: dict[str, str] | None = None,
    ):
        """`name` tells the logs of several servers of one install apart; `env` is added."""
        self.install = install
        self.name = name
        self.extra_env = env or {}
        self.workers = workers
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None
        self.log_path = install.data_dir / "logs" / f"{name}.log"

    def start(self, timeout: float = 120.0) -> float:
        """Start and wait until the login page answers 200; return the seconds it took."""
        began = time.monotonic()
        self.process = self.install.start(
            "serve", "--host", "127.0.0.1", "--port", str(self.port), "--workers",
            str(self.workers), log=f"{self.name}.log",
            # gunicorn's control socket defaults to one path per user (~/.gunicorn/):
            # servers running side by side would take it from each other.
            env={**self.extra_env, "GUNICORN_CMD_ARGS": "--no-control-socket"},
        )  # fmt: skip
        while time.monotonic() - began < timeout:
            if self.process.poll() is not None:
                raise AssertionError(f"the server exited:\n{self.log_tail()}")
            try:
                if requests.get(f"{self.url}/anmelden/", timeout=2).status_code == 200:
                    return time.monotonic() - began
            except requests.RequestException:
                pass
            time.sleep(0.1)
        raise AssertionError(f"the server did not answer in {timeout} s:\n{self.log_tail()}")

    @property
    def pgid(self) -> int:
        return self.process.pid  # `serve` runs gunicorn itself: the master leads the group

    def kill_master(self) -> None:
        """SIGKILL the gunicorn master only; its workers notice and stop by themselves."""
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def kill_all(self) -> None:
        """SIGKILL master and workers at once, as the OOM killer or a power cut would."""
        try:
            os.killpg(self.pgid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait()

    def wait_gone(self, timeout: float = 20.0) -> bool:
        """Wait until no process of the server is left; SIGKILL leftovers after `timeout`."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not group_alive(self.pgid):
                return True
            time.sleep(0.05)
        self.kill_all()
        return False

    def stop(self) -> float:
        """SIGTERM, as a supervisor stops it; return the seconds until the master was gone."""
        began = time.monotonic()
        if self.process is None or self.process.poll() is not None:
            if self.process is not None:
                self.wait_gone(5)
            return 0.0
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            # A graceful stop that takes longer (a machine busy with other work): the
            # test is over, so end it as a supervisor would, with SIGKILL, below.
            pass
        finally:
            stopped = time.monotonic() - began
            self.wait_gone(5)
        return stopped

    def statuses(self) -> Counter:
        """HTTP status codes in the access log, over every start of this server."""
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        return Counter(int(m.group(1)) for m in ACCESS_STATUS.finditer(text))

    def log_tail(self, chars: int = 6000) -> str:
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        return text[-chars:]
