# verdict: Wrong Answer
# Always joins the neighbouring pair with the smallest sum: a greedy rule that is not optimal.
def min_splice_cost(lengths: list[int]) -> int:
    parts = list(lengths)
    total = 0
    while len(parts) > 1:
        k = min(range(len(parts) - 1), key=lambda i: parts[i] + parts[i + 1])
        merged = parts[k] + parts[k + 1]
        total += merged
        parts[k:k + 2] = [merged]
    return total
