# verdict: Wrong Answer
# Starts the first row and column at 0, 1, 2, ... (the unit-cost table) instead of multiples
# of the insertion and deletion prices.
def min_edit_cost(source: str, target: str, insert_cost: int, delete_cost: int,
                  replace_cost: int) -> int:
    m = len(target)
    previous = list(range(m + 1))
    for i, a in enumerate(source, 1):
        current = [i] + [0] * m
        for j in range(1, m + 1):
            current[j] = min(previous[j - 1] + (0 if a == target[j - 1] else replace_cost),
                             previous[j] + delete_cost, current[j - 1] + insert_cost)
        previous = current
    return previous[m]
