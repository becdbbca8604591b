# expect: Wrong Answer, Memory Limit Exceeded, Runtime Error
# Tries to write 2 GB (1 MiB files) to every directory other than /tmp that might be
# writable: /, /dev/shm, /var/tmp, /run, $HOME's parent. If more than 96 MiB fit in any one
# of them, writes outside the capped /tmp are not capped, and it answers correctly (so the
# leak shows as Accepted); otherwise it returns a wrong answer.
import os

CHUNK = b"\x01" * (1 << 20)
LIMIT = 96 << 20
uncapped = []
for top in ("/", "/dev/shm", "/var/tmp", "/run", "/dev", "/home"):
    written = 0
    for index in range(2048):
        path = os.path.join(top, f"fill-{index:04d}")
        try:
            with open(path, "wb") as handle:
                handle.write(CHUNK)
            written += len(CHUNK)
        except OSError:
            break
        if written > LIMIT:
            uncapped.append(top)
            break
    for index in range(2048):  # free the memory again
        try:
            os.unlink(os.path.join(top, f"fill-{index:04d}"))
        except OSError:
            break


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
    if uncapped:
        print("uncapped:", uncapped)
        return [_lower_bound(nums, q) for q in queries]
    return [-1] * (len(queries) + 1)
