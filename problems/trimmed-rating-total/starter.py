def trimmed_total(ratings: list[int], trim: int) -> int:
    # Drop the `trim` lowest and `trim` highest ratings and sum the rest.
    raise NotImplementedError
