# verdict: Wrong Answer
# Strips leading zeros but forgets that nothing (or only zeros) left over is the amount "0".
def smallest_after_strikeout(amount: str, k: int) -> str:
    kept: list[str] = []
    left = k
    for digit in amount:
        while left and kept and kept[-1] > digit:
            kept.pop()
            left -= 1
        kept.append(digit)
    kept = kept[:len(kept) - left]
    return "".join(kept).lstrip("0")
