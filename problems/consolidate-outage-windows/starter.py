def consolidate_outages(reports: list[list[int]]) -> list[list[int]]:
    # Merge closed windows [start, end] that share an instant; return them sorted by start.
    raise NotImplementedError
