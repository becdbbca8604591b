"""A container's cgroup read and written here, on cgroup v1 and v2 layouts (a fake /sys/fs/cgroup
in a folder): what it writes for limits, what it reads for measures, and that it says when the
container's cgroup is not on this host (so the engine is asked instead)."""

from pathlib import Path

import pytest

from sandbox import cgroups
from sandbox.cgroups import ContainerCgroup

ID = "c0ffee"


@pytest.fixture
def root(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setattr(cgroups, "ROOT", tmp_path)
    return tmp_path


def v1(root: Path) -> dict[str, Path]:
    folders = {name: root / name / "docker" / ID for name in ("memory", "cpu", "cpuacct", "pids")}
    for folder in folders.values():
        folder.mkdir(parents=True)
    (folders["memory"] / "memory.limit_in_bytes").write_text("0")
    (folders["memory"] / "memory.memsw.limit_in_bytes").write_text("0")
    (folders["memory"] / "memory.max_usage_in_bytes").write_text("12345")
    (folders["cpu"] / "cpu.shares").write_text("1024")
    (folders["cpuacct"] / "cpuacct.usage").write_text("2500000000")
    (folders["pids"] / "cgroup.procs").write_text("")
    return folders


def v2(root: Path) -> Path:
    folder = root / "system.slice" / f"docker-{ID}.scope"
    folder.mkdir(parents=True)
    for name, value in (("memory.max", "max"), ("memory.swap.max", "max"), ("memory.peak", "777"),
                        ("cpu.weight", "100"), ("cpu.stat", "usage_usec 1500000\n"),
                        ("cgroup.procs", "")):
        (folder / name).write_text(value)
    return folder


def test_v1_limits_measures_and_kill(root: Path) -> None:
    folders, group = v1(root), ContainerCgroup(ID)
    assert group.set_memory(256 << 20) and group.set_cpu_shares(2)
    assert (folders["memory"] / "memory.limit_in_bytes").read_text() == str(256 << 20)
    assert (folders["memory"] / "memory.memsw.limit_in_bytes").read_text() == str(256 << 20)
    assert (folders["cpu"] / "cpu.shares").read_text() == "2"
    assert group.peak_memory() == 12345 and group.cpu_seconds() == 2.5
    assert group.run_delay_seconds() == 0 and group.kill_processes()
    group.close()


def test_v2_limits_without_swap_and_weight_from_shares(root: Path) -> None:
    folder, group = v2(root), ContainerCgroup(ID)
    assert group.set_memory(64 << 20) and group.set_cpu_shares(2)
    assert (folder / "memory.max").read_text() == str(64 << 20)
    assert (folder / "memory.swap.max").read_text() == "0"
    assert (folder / "cpu.weight").read_text() == "1"  # 2 of 1024 shares, at least 1
    assert group.set_cpu_shares(1024) and (folder / "cpu.weight").read_text() == "100"
    assert group.peak_memory() == 777 and group.cpu_seconds() == 1.5
    group.close()


def test_a_cgroup_not_on_this_host_says_so(root: Path) -> None:
    group = ContainerCgroup(ID)
    assert not group.set_memory(1 << 20) and not group.set_cpu_shares(2)
    assert group.peak_memory() is None and group.cpu_seconds() is None
    assert group.run_delay_seconds() is None and not group.kill_processes()
