# verdict: Time Limit Exceeded
# Correct, but fixes the smallest and largest members of each triple and counts what lies
# between: O(n^2) pairs.
def count_tight_triples(latencies: list[int], spread: int) -> int:
    values = sorted(latencies)
    total = 0
    n = len(values)
    for i in range(n):
        for k in range(i + 2, n):
            if values[k] - values[i] > spread:
                break
            total += k - i - 1
    return total
