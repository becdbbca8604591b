def count_within_budget(fares: list[list[int]], budgets: list[int]) -> list[int]:
    # For each budget, count the cells of the row- and column-sorted table that are <= it.
    raise NotImplementedError
