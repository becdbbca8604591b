# verdict: Wrong Answer
# one rolling row, but the diagonal is read after it was overwritten
def min_edit_cost(source, target, insert_cost, delete_cost, replace_cost):
    m = len(target)
    row = [j * insert_cost for j in range(m + 1)]
    for i, a in enumerate(source, 1):
        row[0] = i * delete_cost
        for j in range(1, m + 1):
            row[j] = min(row[j] + delete_cost, row[j - 1] + insert_cost,
                         row[j - 1] + (0 if a == target[j - 1] else replace_cost))
    return row[m]
