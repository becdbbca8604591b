import math


def fisher_exact_test(table):
    (a, b), (c, d) = table
    row1, row2, col1 = a + b, c + d, a + c
    lo, hi = max(0, col1 - row2), min(row1, col1)
    # T(x) = C(row1, x) * C(row2, col1 - x) as exact integers, updated term by term
    term = math.comb(row1, lo) * math.comb(row2, col1 - lo)
    terms = [term]
    for x in range(lo, hi):
        term = term * (row1 - x) * (col1 - x) // ((x + 1) * (row2 - col1 + x + 1))
        terms.append(term)
    observed = terms[a - lo]
    kept = sum(t for t in terms if t <= observed)
    return min(1.0, kept / math.comb(row1 + row2, col1))
