def count_pairs_within(costs: list[int], budget: int) -> int:
    # Number of pairs i < j with costs[i] + costs[j] <= budget.
    raise NotImplementedError
