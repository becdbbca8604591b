# expect: Wrong Answer
# Tries to write 2 GB to /tmp (1 MiB files, to stay under a per-file size limit) while the
# file is loaded. If more than 64 MiB fit, /tmp is not capped and it answers correctly (so the
# missing cap shows as Accepted); when the cap holds it returns a wrong answer.

CHUNK = b"\x00" * (1 << 20)
written = 0
for index in range(2048):
    try:
        with open(f"/tmp/fill-{index:04d}", "wb") as handle:
            handle.write(CHUNK)
        written += len(CHUNK)
    except OSError:
        break
uncapped = written > (64 << 20)


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
        return [_lower_bound(nums, q) for q in queries]
    return [-1] * (len(queries) + 1)
