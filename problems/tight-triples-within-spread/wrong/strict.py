# verdict: Wrong Answer
# strict spread (>= in the shrink loop), a triple at exactly `spread` is dropped
def count_tight_triples(latencies, spread):
    values = sorted(latencies)
    total = 0
    left = 0
    for right, largest in enumerate(values):
        while left < right and largest - values[left] >= spread:
            left += 1
        others = right - left
        total += others * (others - 1) // 2
    return total
