"""Who started a sandbox, as the sandbox records it, so another process can tell when its
owner is gone (killed, out of memory, its container crashed) and remove what it left.

A pid names one process only within its PID namespace: a worker in a container on the host's
network shares the host's name but not its pids, and a restarted container has a new
namespace (whose pid 1 is a new process). So an owner is recorded as its pid *and* where that
pid means something (`pid_space()`: host name and PID namespace), checked only from there;
and a process in a container also by its container (`own_container_id()`), which the engine
can be asked about from anywhere.
"""

import os
import re
import socket
from pathlib import Path

MOUNTINFO = Path("/proc/self/mountinfo")
CONTAINER_MARKERS = (Path("/.dockerenv"), Path("/run/.containerenv"))
_HOSTNAME_MOUNT = re.compile(r"/containers/([0-9a-f]{64})/hostname$")
"""Docker binds /etc/hostname from its data root's containers/<id>/hostname, whatever the
network mode (the host name itself is the host's under --network host)."""


def pid_namespace() -> str:
    """This process's PID namespace, as the kernel names it: "pid:[4026531836]"."""
    try:
        return os.readlink("/proc/self/ns/pid")
    except OSError:
        return "pid:?"


def pid_namespace_id() -> str:
    """The namespace's inode number alone ("4026531836"), for names that allow no brackets."""
    found = re.search(r"\d+", pid_namespace())
    return found[0] if found else "0"


def pid_space() -> str:
    """The host name and this process's PID namespace: where its pid names it."""
    return f"{socket.gethostname()}/{pid_namespace()}"


def alive(pid: int) -> bool:
    """Whether a process of this PID namespace has this pid (a reused pid counts as alive:
    leaving a sandbox is better than removing a live one)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def in_a_container() -> bool:
    return any(marker.exists() for marker in CONTAINER_MARKERS)


def own_container_id(mountinfo: Path = MOUNTINFO) -> str | None:
    """The id of the Docker container this process runs in, from the file Docker binds at
    /etc/hostname; None outside one (a process on the host sees other containers' mounts,
    never one at its own /etc/hostname)."""
    if mountinfo == MOUNTINFO and not in_a_container():
        return None
    try:
        lines = mountinfo.read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        fields = line.split()
        # id, parent, major:minor, root (the source within its file system), mount point, ...
        if len(fields) > 4 and fields[4] == "/etc/hostname":
            found = _HOSTNAME_MOUNT.search(fields[3])
            if found:
                return found[1]
    return None
