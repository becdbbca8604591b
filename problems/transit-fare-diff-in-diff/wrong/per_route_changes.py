# verdict: Wrong Answer
# Averages per-route (post mean - pre mean) within each group: routes logged unevenly get the
# wrong weight, and routes seen in only one period are dropped.
import numpy as np


def diff_in_diff(unit, treated, post, y):
    changes = {0: [], 1: []}
    cells = {}
    for u, t, p, v in zip(unit, treated, post, y):
        cells.setdefault((int(u), int(t)), {0: [], 1: []})[int(p)].append(float(v))
    seen = set()
    for (u, t), periods in cells.items():
        for p in (0, 1):
            if periods[p]:
                seen.add((t, p))
        if periods[0] and periods[1]:
            changes[t].append(np.mean(periods[1]) - np.mean(periods[0]))
    if len(seen) < 4 or not changes[0] or not changes[1]:
        return None
    return float(np.mean(changes[1]) - np.mean(changes[0]))
