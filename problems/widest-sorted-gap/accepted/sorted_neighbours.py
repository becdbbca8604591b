def widest_gap(values):
    s = sorted(values)
    return max((b - a for a, b in zip(s, s[1:])), default=0)
