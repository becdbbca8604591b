def map_and_mrr(ranked: list[list[int]], relevant: list[list[int]]) -> tuple[float, float]:
    # Mean over queries with relevant ids of AP_q and of 1 / (rank of the first hit).
    raise NotImplementedError
