# verdict: Wrong Answer
# Compares neighbours in the order given instead of in sorted order.
def widest_gap(values):
    return max((abs(b - a) for a, b in zip(values, values[1:], strict=False)), default=0)
