def count_tight_triples(latencies: list[int], spread: int) -> int:
    values = sorted(latencies)
    total = 0
    left = 0
    for right, largest in enumerate(values):
        while largest - values[left] > spread:
            left += 1
        # choose the two other members among values[left:right]
        others = right - left
        total += others * (others - 1) // 2
    return total
