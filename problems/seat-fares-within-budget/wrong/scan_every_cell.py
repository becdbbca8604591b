# verdict: Time Limit Exceeded
# Right counts, but looks at every cell for every budget: 5000 budgets x 490000 cells.
def count_within_budget(fares, budgets):
    return [sum(1 for row in fares for value in row if value <= budget) for budget in budgets]
