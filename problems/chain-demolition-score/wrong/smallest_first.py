# verdict: Wrong Answer
# Greedy: always blasts the standing block with the smallest rating (leftmost on ties).
def demolition_score(charges: list[int]) -> int:
    row = list(charges)
    total = 0
    while row:
        k = min(range(len(row)), key=lambda i: row[i])
        left = row[k - 1] if k > 0 else 1
        right = row[k + 1] if k + 1 < len(row) else 1
        total += left * row[k] * right
        del row[k]
    return total
