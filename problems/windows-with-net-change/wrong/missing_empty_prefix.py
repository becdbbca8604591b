# verdict: Wrong Answer
# Never records the empty prefix, so stretches that start at hour 0 are missed.
def count_net_change_windows(changes: list[int], target: int) -> int:
    seen: dict[int, int] = {}
    running = 0
    count = 0
    for change in changes:
        running += change
        count += seen.get(running - target, 0)
        seen[running] = seen.get(running, 0) + 1
    return count
