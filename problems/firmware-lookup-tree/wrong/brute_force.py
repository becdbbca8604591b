# verdict: Time Limit Exceeded
# Tries every key as the root of every range by plain recursion, without remembering
# sub-answers: the calls grow exponentially with n.
def min_comparisons(hits: list[int], misses: list[int]) -> int:
    def best(i: int, j: int) -> int:
        weight = sum(hits[i:j]) + sum(misses[i:j + 1])
        if i == j:
            return 0
        return weight + min(best(i, r) + best(r + 1, j) for r in range(i, j))

    return best(0, len(hits))
