# verdict: Time Limit Exceeded
# The right recursion without memoisation: on every mismatch it tries padding either end,
# so the number of calls doubles with each mismatch.
def fewest_insertions(motto):
    def need(i, j):
        if i >= j:
            return 0
        if motto[i] == motto[j]:
            return need(i + 1, j - 1)
        return 1 + min(need(i + 1, j), need(i, j - 1))

    return need(0, len(motto) - 1)
