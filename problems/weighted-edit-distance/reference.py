def min_edit_cost(source: str, target: str, insert_cost: int, delete_cost: int,
                  replace_cost: int) -> int:
    m = len(target)
    # previous[j]: cheapest way to turn the first i - 1 characters of source into target[:j]
    previous = [j * insert_cost for j in range(m + 1)]
    for i, a in enumerate(source, 1):
        current = [i * delete_cost] + [0] * m
        left = current[0]
        for j in range(1, m + 1):
            diagonal = previous[j - 1] + (0 if a == target[j - 1] else replace_cost)
            drop = previous[j] + delete_cost
            add = left + insert_cost
            left = diagonal
            if drop < left:
                left = drop
            if add < left:
                left = add
            current[j] = left
        previous = current
    return previous[m]
