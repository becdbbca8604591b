# verdict: Wrong Answer
# Runs the window over the readings in their original order, forgetting to sort first.
def count_tight_triples(latencies: list[int], spread: int) -> int:
    values = latencies
    total = 0
    left = 0
    for right, largest in enumerate(values):
        while left < right and largest - values[left] > spread:
            left += 1
        others = right - left
        total += others * (others - 1) // 2
    return total
