# verdict: Time Limit Exceeded
# Correct, but extends a running total from every start until it reaches the climb: O(n^2)
# when few stretches reach it.
def shortest_net_climb(changes: list[int], climb: int) -> int:
    n = len(changes)
    best = -1
    for start in range(n):
        total = 0
        for end in range(start, n):
            total += changes[end]
            if best != -1 and end - start + 1 >= best:
                break
            if total >= climb:
                best = end - start + 1
                break
    return best
