def skeleton_counts(n: int, matches: list[list[int]]) -> list[int]:
    parent = list(range(n + 1))  # index 0 is unused: fragments are numbered 1..n

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving keeps the trees shallow
            x = parent[x]
        return x

    groups = n
    counts = []
    for a, b in matches:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            groups -= 1
        counts.append(groups)
    return counts
