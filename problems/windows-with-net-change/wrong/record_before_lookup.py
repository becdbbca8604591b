# verdict: Wrong Answer
# Stores the current prefix before looking it up, so with target 0 every hour also matches
# the empty stretch ending where it starts.
def count_net_change_windows(changes: list[int], target: int) -> int:
    seen = {0: 1}
    running = 0
    count = 0
    for change in changes:
        running += change
        seen[running] = seen.get(running, 0) + 1
        count += seen.get(running - target, 0)
    return count
