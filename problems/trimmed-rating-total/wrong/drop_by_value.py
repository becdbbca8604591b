# verdict: Wrong Answer
# Finds the trim-th lowest and trim-th highest rating and then keeps only the ratings
# strictly between them: every copy of an edge rating is dropped, not just `trim` of them.
def trimmed_total(ratings: list[int], trim: int) -> int:
    if trim == 0:
        return sum(ratings)
    ordered = sorted(ratings)
    low, high = ordered[trim - 1], ordered[len(ordered) - trim]
    return sum(v for v in ratings if low < v < high)
