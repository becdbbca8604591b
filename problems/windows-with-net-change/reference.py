def count_net_change_windows(changes: list[int], target: int) -> int:
    seen = {0: 1}  # prefix sums met so far, including the empty prefix
    running = 0
    count = 0
    for change in changes:
        running += change
        count += seen.get(running - target, 0)
        seen[running] = seen.get(running, 0) + 1
    return count
