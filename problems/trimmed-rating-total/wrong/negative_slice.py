# verdict: Wrong Answer
# Slices with a negative end: sorted(...)[trim:-trim] is empty when trim is 0, so an
# untrimmed panel totals 0.
def trimmed_total(ratings: list[int], trim: int) -> int:
    return sum(sorted(ratings)[trim:-trim])
