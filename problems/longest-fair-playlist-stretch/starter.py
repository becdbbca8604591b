def longest_fair_stretch(artists: list[str], cap: int) -> list[int]:
    # [start, length] of the longest run with no artist more than `cap` times (earliest on ties).
    raise NotImplementedError
