# verdict: Wrong Answer
# The staircase with < instead of <=: a fare equal to the budget is not counted.
def count_within_budget(fares, budgets):
    rows = len(fares)
    cols = len(fares[0]) if rows else 0
    answers = []
    for budget in budgets:
        count, r, c = 0, rows - 1, 0
        while r >= 0 and c < cols:
            if fares[r][c] < budget:
                c += 1
            else:
                count += c
                r -= 1
        count += (r + 1) * c
        answers.append(count)
    return answers
