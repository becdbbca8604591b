def ranking_disagreements(first, second):
    n = len(first)
    place = {x: i for i, x in enumerate(second)}
    tree = [0] * (n + 1)
    inv = 0
    for k, x in enumerate(first):
        i = place[x] + 1
        j, s = i, 0
        while j > 0:
            s += tree[j]; j -= j & -j
        inv += k - s
        while i <= n:
            tree[i] += 1; i += i & -i
    return inv
