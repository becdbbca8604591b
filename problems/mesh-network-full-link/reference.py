def full_link_minute(n: int, links: list[list[int]]) -> int:
    boss = list(range(n))
    members = [1] * n
    groups = n

    def root(mast: int) -> int:
        top = mast
        while boss[top] != top:
            top = boss[top]
        while boss[mast] != top:
            boss[mast], mast = top, boss[mast]
        return top

    if groups == 1:
        return 0
    for minute, a, b in sorted(links, key=lambda link: link[0]):
        ra, rb = root(a), root(b)
        if ra == rb:
            continue
        if members[ra] < members[rb]:
            ra, rb = rb, ra
        boss[rb] = ra
        members[ra] += members[rb]
        groups -= 1
        if groups == 1:
            return minute
    return -1
