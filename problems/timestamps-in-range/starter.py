def count_in_range(times: list[int], queries: list[list[int]]) -> list[int]:
    # For each [lo, hi], count the timestamps t with lo <= t <= hi.
    raise NotImplementedError
