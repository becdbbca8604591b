# verdict: Wrong Answer
# Walks from the top-left corner and lets the affordable prefix only grow from one row to
# the next; it can only shrink going down, so lower rows are over-counted.
def count_within_budget(fares, budgets):
    rows = len(fares)
    cols = len(fares[0]) if rows else 0
    answers = []
    for budget in budgets:
        count, c = 0, 0
        for r in range(rows):
            while c < cols and fares[r][c] <= budget:
                c += 1
            count += c
        answers.append(count)
    return answers
