# verdict: Wrong Answer
# Mixes up the direction: a character of source left over is charged as an insertion and a
# missing one as a deletion.
def min_edit_cost(source: str, target: str, insert_cost: int, delete_cost: int,
                  replace_cost: int) -> int:
    m = len(target)
    previous = [j * delete_cost for j in range(m + 1)]
    for i, a in enumerate(source, 1):
        current = [i * insert_cost] + [0] * m
        for j in range(1, m + 1):
            current[j] = min(previous[j - 1] + (0 if a == target[j - 1] else replace_cost),
                             previous[j] + insert_cost, current[j - 1] + delete_cost)
        previous = current
    return previous[m]
