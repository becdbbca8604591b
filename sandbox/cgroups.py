"""A throw-away cgroup for one local sandbox: memory without swap, a process cap, peak memory.

The local backend uses it when it runs as root, where RLIMIT_NPROC does not bind (the kernel
exempts uid 0) and an rlimit on address space is a poor stand-in for resident memory. Works on
cgroup v2 (controllers enabled at the root) and on v1 (the memory and pids hierarchies).
"""

import os
import re
import signal
import time
import uuid
from pathlib import Path

from .owners import pid_namespace_id

ROOT = Path("/sys/fs/cgroup")
HIERARCHIES = (ROOT, ROOT / "memory", ROOT / "pids", ROOT / "cpuacct")
"""Where `Cgroup.create` makes its folders: the unified root (v2), or one per controller (v1)."""
_NAME = re.compile(r"judge-(\d+)-(\d+)-[0-9a-f]{12}")


def owner_prefix(pid: int | None = None) -> str:
    """How the names of a process's cgroups begin: its PID namespace and its pid there (a pid
    alone names no process: another namespace may have the same)."""
    return f"judge-{pid_namespace_id()}-{os.getpid() if pid is None else pid}-"


def owner_of(name: str) -> tuple[str, int] | None:
    """(PID namespace, pid) of the process that made the cgroup of this name."""
    found = _NAME.fullmatch(name)
    return (found[1], int(found[2])) if found else None


def sandbox_cgroups() -> dict[str, list[Path]]:
    """Every local sandbox's cgroup on this host: its folders (one per hierarchy), by name."""
    found: dict[str, list[Path]] = {}
    for top in HIERARCHIES:
        try:
            folders = [path for path in top.glob("judge-*") if path.is_dir()]
        except OSError:
            continue
        for path in folders:
            found.setdefault(path.name, []).append(path)
    return found


def remove(folders: list[Path]) -> bool:
    """Kills whatever runs in a cgroup and removes its folders; True when they are gone."""
    return all([_remove_folder(path) for path in folders])


def kill_processes(folder: Path) -> bool:
    """SIGKILL to every process listed in a cgroup folder; False where it cannot be read
    (FileNotFoundError: the folder is gone)."""
    pids = (folder / "cgroup.procs").read_text().split()
    for pid in pids:
        if not pid.isdigit() or int(pid) <= 0:  # 0: a process outside our PID namespace
            continue  # (and os.kill(0) would be our own process group)
        try:
            os.kill(int(pid), signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    return True


def _remove_folder(path: Path) -> bool:
    for _ in range(50):
        try:
            kill_processes(path)
        except FileNotFoundError:
            return True  # removed already (by a process stopping, or a reaper)
        except OSError:
            pass
        try:
            path.rmdir()
            return True
        except FileNotFoundError:
            return True
        except OSError:
            time.sleep(0.02)  # its processes are still dying
    return False


class Cgroup:
    def __init__(self, dirs: dict[str, Path], version: int) -> None:
        self.dirs = dirs
        self.version = version
        self._clock: CpuClock | None = None

    @classmethod
    def create(cls, memory_bytes: int, processes: int) -> "Cgroup | None":
        """A new cgroup with these limits, or None where cgroups cannot be written here."""
        if os.geteuid() != 0:
            return None
        name = owner_prefix() + uuid.uuid4().hex[:12]  # whose it is, for a reaper
        try:
            controllers = (ROOT / "cgroup.controllers").read_text().split()
        except OSError:
            controllers = []
        try:
            if {"memory", "pids"} <= set(controllers):
                path = ROOT / name
                path.mkdir()
                group = cls({"memory": path, "pids": path, "cpu": path}, 2)
                _write(path / "memory.max", memory_bytes)
                _write(path / "memory.swap.max", 0, optional=True)
                _write(path / "pids.max", processes)
                return group
            if (ROOT / "memory" / "memory.limit_in_bytes").exists() and (ROOT / "pids").is_dir():
                dirs = {"memory": ROOT / "memory" / name, "pids": ROOT / "pids" / name}
                if (ROOT / "cpuacct" / "cpuacct.usage").exists():
                    dirs["cpu"] = ROOT / "cpuacct" / name
                for path in dirs.values():
                    path.mkdir()
                group = cls(dirs, 1)
                _write(dirs["memory"] / "memory.limit_in_bytes", memory_bytes)
                _write(dirs["memory"] / "memory.memsw.limit_in_bytes", memory_bytes, optional=True)
                _write(dirs["pids"] / "pids.max", processes)
                return group
        except OSError:
            return None
        return None

    def run_delay_seconds(self) -> float | None:
        """Time its processes waited for a CPU (see `run_delay_seconds`)."""
        return run_delay_seconds(self.dirs["pids"] / "cgroup.procs")

    def set_memory(self, memory_bytes: int) -> None:
        """A new memory limit, swap included (lowering: memory first, then with swap)."""
        set_memory_limit(self.dirs["memory"], self.version, memory_bytes)

    def enter(self) -> None:
        """Moves the calling process in (run in the child before exec)."""
        for path in set(self.dirs.values()):
            (path / "cgroup.procs").write_text(str(os.getpid()))

    def peak_memory(self) -> int | None:
        return peak_memory(self.dirs["memory"], self.version)

    def cpu_seconds(self) -> float | None:
        """CPU time used by every process in the group so far (kernel accounting)."""
        if self._clock is None and "cpu" in self.dirs:
            try:
                self._clock = CpuClock(self.dirs["cpu"])
            except OSError:
                return None
        try:
            return self._clock.read() if self._clock is not None else None
        except (OSError, ValueError):
            return None

    def oom_killed(self) -> bool:
        name = "memory.events" if self.version == 2 else "memory.oom_control"
        try:
            for line in (self.dirs["memory"] / name).read_text().splitlines():
                key, _, value = line.partition(" ")
                if key == "oom_kill" and int(value) > 0:
                    return True
        except (OSError, ValueError):
            pass
        return False

    def destroy(self) -> None:
        if self._clock is not None:
            self._clock.close()
        remove(list(set(self.dirs.values())))


def set_memory_limit(folder: Path, version: int, memory_bytes: int, *,
                     no_swap: bool = False) -> None:
    """A memory cgroup's limit, swap included on v1 (lowering: the memory limit first, then
    memory with swap); with `no_swap`, v2's swap limit set to none as well."""
    if version == 2:
        _write(folder / "memory.max", memory_bytes)
        if no_swap:
            _write(folder / "memory.swap.max", 0)
    else:
        _write(folder / "memory.limit_in_bytes", memory_bytes)
        _write(folder / "memory.memsw.limit_in_bytes", memory_bytes, optional=not no_swap)


def peak_memory(folder: Path, version: int) -> int | None:
    """The most memory a cgroup's processes have used at once, in bytes."""
    name = "memory.peak" if version == 2 else "memory.max_usage_in_bytes"
    try:
        return int((folder / name).read_text())
    except (OSError, ValueError):
        return None


def _write(path: Path, value: int, optional: bool = False) -> None:
    try:
        path.write_text(str(value))
    except OSError:
        if not optional:
            raise


def read_cpu_seconds(path: Path | None) -> float | None:
    """CPU seconds from a cgroup folder: v1 cpuacct.usage (ns) or v2 cpu.stat (usec)."""
    if path is None:
        return None
    try:
        return int((path / "cpuacct.usage").read_text()) / 1e9
    except (OSError, ValueError):
        pass
    try:
        return _usage_usec((path / "cpu.stat").read_bytes()) / 1e6
    except (OSError, ValueError):
        pass
    return None


def _usage_usec(stat: bytes) -> int:
    for line in stat.splitlines():
        key, _, value = line.partition(b" ")
        if key == b"usage_usec":
            return int(value)
    raise ValueError("no usage_usec in cpu.stat")


def run_delay_seconds(procs: Path) -> float | None:
    """How long the processes listed in a cgroup's `cgroup.procs` have waited, runnable, for a
    CPU: the second field of each of their threads' /proc schedstat. That is time other
    processes held the CPUs, which must not count against a submission; a sleeping process
    does not add to it. None where the list cannot be read."""
    try:
        pids = procs.read_text().split()
    except OSError:
        return None
    total = 0
    for pid in pids:
        try:
            threads = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue  # it ended meanwhile
        for thread in threads:
            try:
                with open(f"/proc/{pid}/task/{thread}/schedstat", "rb") as handle:
                    total += int(handle.read().split()[1])
            except (OSError, ValueError, IndexError):
                continue
    return total * 1e-9


class CpuClock:
    """A cgroup's CPU time, read many times a grade: the file stays open and each reading is
    one pread (a path lookup and an open per call cost more than the call itself)."""

    def __init__(self, path: Path) -> None:
        for name, scale in (("cpuacct.usage", 1e-9), ("cpu.stat", 1e-6)):
            try:
                self.fd = os.open(path / name, os.O_RDONLY)
            except OSError:
                continue
            self.scale = scale
            self.v2 = name == "cpu.stat"
            try:
                self.read()
            except (OSError, ValueError):
                os.close(self.fd)
                continue
            return
        raise OSError(f"no CPU accounting under {path}")

    def read(self) -> float:
        data = os.pread(self.fd, 4096, 0)
        return (_usage_usec(data) if self.v2 else int(data)) * self.scale

    def close(self) -> None:
        try:
            os.close(self.fd)
        except OSError:
            pass


class ContainerCgroup:
    """A Docker container's cgroup, where this host is the engine's: read and written here
    (a fraction of a millisecond) rather than through the engine (up to seconds when busy).
    Every method says when the folder is not here (a remote engine, a v1 controller missing),
    so the caller can ask the engine instead."""

    def __init__(self, container: str) -> None:
        self.container = container
        self._clock: CpuClock | None = None

    def folders(self, controller: str) -> list[tuple[Path, int]]:
        """Where this host may keep the container's cgroup, with its version: v1 per
        controller, then v2 unified (by the engine's cgroup driver)."""
        return [(ROOT / controller / "docker" / self.container, 1),
                (ROOT / "docker" / self.container, 2),
                (ROOT / "system.slice" / f"docker-{self.container}.scope", 2)]

    def kill_processes(self) -> bool:
        """SIGKILL to every process of the container; False where its cgroup is not here."""
        for folder, _version in self.folders("pids"):
            try:
                return kill_processes(folder)
            except OSError:
                continue
        return False

    def cpu_seconds(self) -> float | None:
        if self._clock is None:
            for folder, _version in self.folders("cpuacct"):
                try:
                    self._clock = CpuClock(folder)  # found once: every call reads it
                    break
                except OSError:
                    continue
            else:
                return None
        try:
            return self._clock.read()
        except (OSError, ValueError):
            return None

    def run_delay_seconds(self) -> float | None:
        for folder, _version in self.folders("pids"):
            if folder.is_dir():
                return run_delay_seconds(folder / "cgroup.procs")
        return None

    def set_cpu_shares(self, shares: int) -> bool:
        """The container's CPU weight in Docker's shares (v2: weight 1..10000, 100 for 1024
        shares); False where its cgroup is not here."""
        for folder, version in self.folders("cpu"):
            path = folder / ("cpu.shares" if version == 1 else "cpu.weight")
            if path.exists():
                value = shares if version == 1 else max(1, min(10000, round(shares * 100 / 1024)))
                try:
                    path.write_text(str(value))
                    return True
                except OSError:
                    return False
        return False

    def set_memory(self, memory_bytes: int) -> bool:
        """Its memory limit, without swap; False where its cgroup is not here."""
        for folder, version in self.folders("memory"):
            if (folder / ("memory.limit_in_bytes" if version == 1 else "memory.max")).exists():
                try:
                    set_memory_limit(folder, version, memory_bytes, no_swap=True)
                    return True
                except OSError:
                    return False
        return False

    def peak_memory(self) -> int | None:
        for folder, version in self.folders("memory"):
            peak = peak_memory(folder, version)
            if peak is not None:
                return peak
        return None

    def close(self) -> None:
        """Closes the CPU clock's file, once (a second close could hit a reused descriptor)."""
        if self._clock is not None:
            self._clock.close()
            self._clock = None
