# verdict: Wrong Answer
# Pops on >= instead of >, spending a strike to swap a digit for an equal one; the strike is
# then missing for a larger digit further on.
def smallest_after_strikeout(amount: str, k: int) -> str:
    kept: list[str] = []
    left = k
    for digit in amount:
        while left and kept and kept[-1] >= digit:
            kept.pop()
            left -= 1
        kept.append(digit)
    kept = kept[:len(kept) - left]
    return "".join(kept).lstrip("0") or "0"
