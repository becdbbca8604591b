def best_door(badges: list[int]) -> int:
    root: dict = {}
    best = 0
    for i, value in enumerate(badges):
        if i:
            node, result = root, 0
            for bit in range(30, -1, -1):
                b = (value >> bit) & 1
                if 1 - b in node:
                    result |= 1 << bit
                    node = node[1 - b]
                else:
                    node = node[b]
            best = max(best, result)
        node = root
        for bit in range(30, -1, -1):
            node = node.setdefault((value >> bit) & 1, {})
    return best
