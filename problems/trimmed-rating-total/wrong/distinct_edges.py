# verdict: Wrong Answer
# Drops the `trim` lowest and highest *distinct* ratings (with all their copies).
def trimmed_total(ratings: list[int], trim: int) -> int:
    levels = sorted(set(ratings))
    dropped = set(levels[:trim]) | set(levels[len(levels) - trim:])
    return sum(v for v in ratings if v not in dropped)
