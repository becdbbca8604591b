def trimmed_total(ratings: list[int], trim: int) -> int:
    ordered = sorted(ratings)
    return sum(ordered[trim:len(ordered) - trim])
