from bisect import bisect_right


def count_within_budget(fares, budgets):
    # Sort every fare once, then each budget is one binary search.
    flat = sorted(value for row in fares for value in row)
    return [bisect_right(flat, budget) for budget in budgets]
