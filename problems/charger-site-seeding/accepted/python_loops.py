import math


def seed_sites(X, k, draws):
    rows = [[float(v) for v in row] for row in X]
    n = len(rows)
    first = math.floor(draws[0] * n)
    chosen = [first]
    is_chosen = [False] * n
    is_chosen[first] = True
    nearest = [sum((a - b) ** 2 for a, b in zip(row, rows[first])) for row in rows]
    for j in range(1, k):
        total = sum(nearest)
        pick = None
        if total == 0:
            pick = is_chosen.index(False)
        else:
            target = draws[j] * total
            running = 0.0
            for i, w in enumerate(nearest):
                running += w
                if running > target:
                    pick = i
                    break
        chosen.append(pick)
        is_chosen[pick] = True
        centre = rows[pick]
        for i, row in enumerate(rows):
            d = sum((a - b) ** 2 for a, b in zip(row, centre))
            if d < nearest[i]:
                nearest[i] = d
    return chosen
