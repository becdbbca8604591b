from bisect import bisect_right


def shortest_net_climb(changes: list[int], climb: int) -> int:
    # Keep the starts whose prefix sums rise strictly (a later start with a sum no higher
    # replaces them); for each end, binary-search the latest start low enough to reach.
    n = len(changes)
    best = -1
    start_sums: list[int] = [0]
    start_index: list[int] = [0]
    total = 0
    for end in range(1, n + 1):
        total += changes[end - 1]
        k = bisect_right(start_sums, total - climb) - 1
        if k >= 0 and (best == -1 or end - start_index[k] < best):
            best = end - start_index[k]
        while start_sums and start_sums[-1] >= total:
            start_sums.pop()
            start_index.pop()
        start_sums.append(total)
        start_index.append(end)
    return best
