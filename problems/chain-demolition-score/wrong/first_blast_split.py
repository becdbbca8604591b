# verdict: Wrong Answer
# Splits a stretch at the block blasted FIRST (scored with its original neighbours) and then
# solves both halves on their own; but after that blast the two halves become neighbours of
# each other, so they are not independent.
def demolition_score(charges: list[int]) -> int:
    row = [1] + list(charges) + [1]
    n = len(charges)
    best = [[0] * (n + 2) for _ in range(n + 2)]  # best[i][j]: blocks i..j (1-based)
    for span in range(1, n + 1):
        for i in range(1, n - span + 2):
            j = i + span - 1
            best[i][j] = max(row[k - 1] * row[k] * row[k + 1] + best[i][k - 1] + best[k + 1][j]
                             for k in range(i, j + 1))
    return best[1][n] if n else 0
