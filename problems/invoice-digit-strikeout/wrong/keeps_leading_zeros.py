# verdict: Wrong Answer
# Strikes the right digits but returns them as they stand, leading zeros and all.
def smallest_after_strikeout(amount: str, k: int) -> str:
    kept: list[str] = []
    left = k
    for digit in amount:
        while left and kept and kept[-1] > digit:
            kept.pop()
            left -= 1
        kept.append(digit)
    kept = kept[:len(kept) - left]
    return "".join(kept) or "0"
