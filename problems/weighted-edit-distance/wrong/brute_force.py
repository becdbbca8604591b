# verdict: Time Limit Exceeded
# Plain recursion over the three edits, with no memo: exponential in the lengths.
def min_edit_cost(source: str, target: str, insert_cost: int, delete_cost: int,
                  replace_cost: int) -> int:
    def cost(i: int, j: int) -> int:
        if i == len(source):
            return (len(target) - j) * insert_cost
        if j == len(target):
            return (len(source) - i) * delete_cost
        if source[i] == target[j]:
            return cost(i + 1, j + 1)
        return min(cost(i + 1, j + 1) + replace_cost, cost(i + 1, j) + delete_cost,
                   cost(i, j + 1) + insert_cost)

    return cost(0, 0)
