# verdict: Time Limit Exceeded
# Correct, but relaxes every dependency over and over until nothing changes (a cycle shows up
# as more than n passes): O(n * len(deps)) when a long chain is listed back to front.
def finish_times(durations, deps):
    n = len(durations)
    start = [0] * n
    depth = [0] * n  # jobs on the longest chain of inputs: grows for ever on a cycle
    for _ in range(n + 1):
        changed = False
        for a, b in deps:
            end = start[a] + durations[a]
            if end > start[b]:
                start[b] = end
                changed = True
            if depth[a] + 1 > depth[b]:
                depth[b] = depth[a] + 1
                changed = True
        if not changed:
            return [start[j] + durations[j] for j in range(n)]
    return []
