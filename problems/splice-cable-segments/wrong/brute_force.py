# verdict: Time Limit Exceeded
# Tries every last splice by plain recursion without remembering sub-answers: exponential.
def min_splice_cost(lengths: list[int]) -> int:
    def solve(i: int, j: int) -> int:
        if i == j:
            return 0
        best = min(solve(i, k) + solve(k + 1, j) for k in range(i, j))
        return best + sum(lengths[i:j + 1])

    return solve(0, len(lengths) - 1) if len(lengths) > 1 else 0
