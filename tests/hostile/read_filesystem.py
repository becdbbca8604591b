# expect: Wrong Answer
# Searches the sandbox's file system and process table for the problem's hidden tests or
# reference (and for a Docker socket). It returns the correct answer only if it found any of
# them, so a leak in the isolation shows up as Accepted; when nothing leaks it is Wrong Answer.
import glob
import os
import time

NAMES = {"cases.py", "reference.py", "problem.toml", "docker.sock"}
NEEDLES = (b"insert-positions", b"cases.py", b"reference.py", b"problems/")
DEADLINE = time.monotonic() + float(os.environ.get("HOSTILE_FS_SECONDS", "10"))
SKIP = {"/proc", "/sys", "/dev"}
found = []


def _read(path, limit=1 << 20):
    try:
        with open(path, "rb") as handle:
            return handle.read(limit)
    except OSError:
        return b""


def _search_tree(top):
    for root, dirs, files in os.walk(top, onerror=lambda err: None):
        if time.monotonic() > DEADLINE:
            return
        dirs[:] = [d for d in dirs if os.path.join(root, d) not in SKIP]
        for name in files + dirs:
            path = os.path.join(root, name)
            if name in ("insert-positions", "docker.sock"):
                found.append(path)
            elif name in NAMES and _looks_like_problem(path):
                found.append(path)


def _looks_like_problem(path):
    """A cases.py / reference.py / problem.toml of the judge (not, say, pytz/reference.py)."""
    if os.path.exists(os.path.join(os.path.dirname(path), "problem.toml")):
        return True
    data = _read(path)
    return b"insert_positions" in data or b"judge.grading.authoring" in data or b"slug" in data


def _search_proc():
    paths = ["/proc/1/environ", "/proc/self/environ"]
    for pattern in ("/proc/[0-9]*/cmdline", "/proc/[0-9]*/environ"):
        paths += glob.glob(pattern)
    for path in paths:
        data = _read(path)
        # The harness itself is on the command line; it names none of these.
        if any(needle in data for needle in NEEDLES):
            found.append(path)
    for link in glob.glob("/proc/[0-9]*/cwd") + glob.glob("/proc/[0-9]*/root"):
        try:
            target = os.readlink(link)
        except OSError:
            continue
        if "problems" in target or "/work" in target:
            found.append(link + " -> " + target)
    for value in os.environ.values():
        if "insert-positions" in value or "problems" in value:
            found.append("environment")


for direct in ("/work/main/problems", "/work/main/problems/insert-positions/cases.py",
               "/work/main/tests", "/var/run/docker.sock", "/run/docker.sock",
               "/proc/1/root/work/main/problems"):
    if os.path.exists(direct):
        found.append(direct)
_search_proc()
for top in ("/work", "/root", "/home", "/srv", "/opt", "/app", "/mnt", "/tmp", "/var", "/etc",
            "/run", os.getcwd(), "/"):
    _search_tree(top)

found = sorted(set(found))


def _lower_bound(nums, target):
    low, high = 0, len(nums)
    while low < high:
        middle = (low + high) // 2
        if nums[middle] < target:
            low = middle + 1
        else:
            high = middle
    return low


def insert_positions(nums, queries):
    if found:
        print("leaked:", found)
        return [_lower_bound(nums, q) for q in queries]
    return [-1] * (len(queries) + 1)
