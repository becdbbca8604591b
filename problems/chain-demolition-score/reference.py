def demolition_score(charges: list[int]) -> int:
    row = [1] + list(charges) + [1]  # the two walls count as 1
    size = len(row)
    # best[i][j]: top score for blasting every block strictly between i and j, with i and j
    # still standing; by_end[j][i] holds the same value, so a split reads along rows
    best = [[0] * size for _ in range(size)]
    by_end = [[0] * size for _ in range(size)]
    for gap in range(2, size):
        for i in range(size - gap):
            j = i + gap
            outer = row[i] * row[j]
            # k is the LAST block blasted between i and j: its neighbours are then i and j
            top = max(left + right + outer * middle for left, right, middle in
                      zip(best[i][i + 1:j], by_end[j][i + 1:j], row[i + 1:j], strict=True))
            best[i][j] = top
            by_end[j][i] = top
    return best[0][size - 1]
