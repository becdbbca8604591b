# verdict: Wrong Answer
# `if` where `while` is meant when moving the left pointer
def count_tight_triples(latencies, spread):
    values = sorted(latencies)
    total = 0
    left = 0
    for right, largest in enumerate(values):
        if largest - values[left] > spread:
            left += 1
        others = right - left
        total += others * (others - 1) // 2
    return total
