# verdict: Time Limit Exceeded
# Correct, but counts the values <= x by scanning both samples for every evaluation point:
# O((n + m)^2) steps in Python.
def ks_statistic(before, after):
    a = before.tolist()
    b = after.tolist()
    n, m = len(a), len(b)
    d = 0.0
    for x in a + b:
        fa = sum(1 for v in a if v <= x) / n
        fb = sum(1 for v in b if v <= x) / m
        d = max(d, abs(fa - fb))
    return d
