def steep_drop_pairs(pnl: list[int], factor: int) -> int:
    # Count pairs i < j with pnl[i] > factor * pnl[j].
    raise NotImplementedError
