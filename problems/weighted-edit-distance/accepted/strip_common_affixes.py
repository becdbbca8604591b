def min_edit_cost(source, target, insert_cost, delete_cost, replace_cost):
    # equal leading and trailing characters are kept for free
    while source and target and source[0] == target[0]:
        source, target = source[1:], target[1:]
    while source and target and source[-1] == target[-1]:
        source, target = source[:-1], target[:-1]
    rep = min(replace_cost, insert_cost + delete_cost)
    prev = [j * insert_cost for j in range(len(target) + 1)]
    for i, a in enumerate(source, 1):
        cur = [i * delete_cost]
        for j, b in enumerate(target, 1):
            cur.append(min(prev[j] + delete_cost, cur[j - 1] + insert_cost,
                           prev[j - 1] + (0 if a == b else rep)))
        prev = cur
    return prev[-1]
