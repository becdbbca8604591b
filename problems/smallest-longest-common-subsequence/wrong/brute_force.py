# verdict: Time Limit Exceeded
# Correct rules, but plain recursion with no memo: exponential when letters rarely match.
def smallest_lcs(first: str, second: str) -> str:
    def best(i: int, j: int) -> str:
        if i == len(first) or j == len(second):
            return ""
        if first[i] == second[j]:
            return first[i] + best(i + 1, j + 1)
        x, y = best(i + 1, j), best(i, j + 1)
        if len(x) != len(y):
            return x if len(x) > len(y) else y
        return min(x, y)

    return best(0, 0)
