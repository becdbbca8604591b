# verdict: Wrong Answer
# Pads the row with 0 instead of 1, so a blast next to a wall scores nothing.
def demolition_score(charges: list[int]) -> int:
    row = [0] + list(charges) + [0]
    size = len(row)
    best = [[0] * size for _ in range(size)]
    for gap in range(2, size):
        for i in range(size - gap):
            j = i + gap
            best[i][j] = max(best[i][k] + best[k][j] + row[i] * row[k] * row[j]
                             for k in range(i + 1, j))
    return best[0][size - 1]
