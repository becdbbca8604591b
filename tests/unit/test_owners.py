"""Who owns a sandbox: the container a worker runs in, read from the mount Docker gives every
container at /etc/hostname (its host name is the host's under --network host), and the names
of local sandboxes' cgroups, which carry their maker's PID namespace and pid."""

import os
from pathlib import Path

from sandbox import cgroups, owners

CONTAINER = "5867515d348f0d348061ed9bfd3d6ceb15f895a46271890c2b725ee1b1042811"
FILES = f"/var/lib/docker/containers/{CONTAINER}"
IN_A_CONTAINER = f"""\
94 74 0:52 / / rw,relatime - overlay overlay rw,lowerdir=/var/lib/docker/overlay2/l/X
110 94 254:0 {FILES}/resolv.conf /etc/resolv.conf rw - ext4 /dev/vda rw
112 94 254:0 {FILES}/hostname /etc/hostname rw,relatime - ext4 /dev/vda rw
113 94 254:0 {FILES}/hosts /etc/hosts rw - ext4 /dev/vda rw
"""
ON_THE_HOST = f"""\
25 1 254:0 / / rw,relatime shared:1 - ext4 /dev/vda rw
230 25 0:60 / {FILES}/mounts/shm rw shared:120 - tmpfs shm rw
240 25 0:61 / /var/lib/docker/overlay2/abc/merged rw shared:121 - overlay overlay rw
"""


def test_the_container_id_comes_from_the_hostname_mount(tmp_path: Path) -> None:
    mountinfo = tmp_path / "mountinfo"
    mountinfo.write_text(IN_A_CONTAINER)
    assert owners.own_container_id(mountinfo) == CONTAINER
    mountinfo.write_text(ON_THE_HOST)  # other containers' mounts, none at /etc/hostname
    assert owners.own_container_id(mountinfo) is None
    assert owners.own_container_id(tmp_path / "missing") is None


def test_this_test_process_knows_its_pid_namespace() -> None:
    assert owners.pid_namespace().startswith("pid:[")
    assert owners.pid_namespace_id() in owners.pid_namespace()
    assert owners.pid_space().endswith("/" + owners.pid_namespace())
    assert owners.alive(os.getpid())


def test_a_cgroup_name_says_who_made_it() -> None:
    name = cgroups.owner_prefix() + "0123456789ab"
    assert cgroups.owner_of(name) == (owners.pid_namespace_id(), os.getpid())
    assert cgroups.owner_prefix(42).endswith("-42-")
    # an older name (the pid alone) cannot be judged: it belongs to nobody we know
    assert cgroups.owner_of(f"judge-{os.getpid()}-0123456789ab") is None
    assert cgroups.owner_of("judge-1-2-not-hex") is None
