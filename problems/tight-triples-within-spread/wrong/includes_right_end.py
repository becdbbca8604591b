# verdict: Wrong Answer
# Chooses the two partners from values[left:right + 1], which lets a reading partner itself.
def count_tight_triples(latencies: list[int], spread: int) -> int:
    values = sorted(latencies)
    total = 0
    left = 0
    for right, largest in enumerate(values):
        while largest - values[left] > spread:
            left += 1
        others = right - left + 1
        total += others * (others - 1) // 2
    return total
