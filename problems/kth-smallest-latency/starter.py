def kth_smallest(latencies: list[int], k: int) -> int:
    # Return the k-th smallest value (k = 1 is the minimum); duplicates count separately.
    raise NotImplementedError
