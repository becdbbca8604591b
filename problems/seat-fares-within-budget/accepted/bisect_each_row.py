from bisect import bisect_right


def count_within_budget(fares, budgets):
    # O(R log C) per budget: binary-search each sorted row.
    return [sum(bisect_right(row, budget) for row in fares) for budget in budgets]
