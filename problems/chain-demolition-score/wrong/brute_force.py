# verdict: Time Limit Exceeded
# Tries every block as the next blast by plain recursion on the remaining row: n! orders.
def demolition_score(charges: list[int]) -> int:
    def blast(row: list[int]) -> int:
        if not row:
            return 0
        best = 0
        for k in range(len(row)):
            left = row[k - 1] if k > 0 else 1
            right = row[k + 1] if k + 1 < len(row) else 1
            best = max(best, left * row[k] * right + blast(row[:k] + row[k + 1:]))
        return best

    return blast(list(charges))
