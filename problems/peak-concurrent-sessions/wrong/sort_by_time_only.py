# verdict: Wrong Answer
# Sorts the events by time only: at equal times they stay in input order, so a start listed
# before an end at the same time counts the ended session as still active.
def peak_concurrency(sessions):
    ev = []
    for s, e in sessions:
        ev.append((s, 1)); ev.append((e, -1))
    ev.sort(key=lambda x: x[0])
    a = p = 0
    for _, c in ev:
        a += c; p = max(p, a)
    return p
