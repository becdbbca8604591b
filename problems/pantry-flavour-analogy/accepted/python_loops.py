import math


def analogy_top_k(words, vectors, a, b, c, k):
    # Plain Python: normalise each row, build the target, score, then sort and regroup
    # near-equal cosines by index.
    rows = [[float(x) for x in row] for row in vectors.tolist()]
    unit = []
    for row in rows:
        norm = math.sqrt(sum(x * x for x in row))
        unit.append([x / norm for x in row] if norm > 0 else [0.0] * len(row))
    pos = {w: i for i, w in enumerate(words)}
    ua, ub, uc = unit[pos[a]], unit[pos[b]], unit[pos[c]]
    target = [y - x + z for x, y, z in zip(ua, ub, uc)]
    tnorm = math.sqrt(sum(x * x for x in target))
    skip = {pos[a], pos[b], pos[c]}
    scored = []
    for i, u in enumerate(unit):
        if i in skip:
            continue
        cos = sum(p * q for p, q in zip(u, target)) / tnorm if tnorm > 0 else 0.0
        scored.append((cos, i))
    scored.sort(key=lambda s: -s[0])
    out, j = [], 0
    while j < len(scored) and len(out) < k:
        top = scored[j][0]
        group = []
        while j < len(scored) and top - scored[j][0] <= 1e-9:
            group.append(scored[j][1])
            j += 1
        out.extend(sorted(group))
    return [words[i] for i in out[:k]]
