def precision_recall_at_k(ranked: list[list[int]], relevant: list[list[int]], k: int) -> tuple[float, float]:
    # Mean precision@k (divide by k) over all queries; mean recall@k over queries with a
    # relevant id (nan if none). Distinct relevant ids in the first k entries are the hits.
    raise NotImplementedError
