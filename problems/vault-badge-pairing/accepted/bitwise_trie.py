def best_door(badges: list[int]) -> int:
    # A binary trie of the badges' 31 bits, top bit first, as two child arrays.
    zero, one = [0], [0]

    def insert(value: int) -> None:
        node = 0
        for bit in range(30, -1, -1):
            children = one if value >> bit & 1 else zero
            if not children[node]:
                children[node] = len(zero)
                zero.append(0)
                one.append(0)
            node = children[node]

    def best_partner(value: int) -> int:
        node, result = 0, 0
        for bit in range(30, -1, -1):
            if value >> bit & 1:
                preferred, other = zero, one
            else:
                preferred, other = one, zero
            if preferred[node]:
                result |= 1 << bit
                node = preferred[node]
            else:
                node = other[node]
        return result

    insert(badges[0])
    best = 0
    for value in badges[1:]:
        best = max(best, best_partner(value))
        insert(value)
    return best
