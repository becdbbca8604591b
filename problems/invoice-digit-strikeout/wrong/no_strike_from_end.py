# verdict: Wrong Answer
# Strikes a digit only when a smaller one follows it; when the digits rise, the strikes still
# owed are never made, so the answer keeps too many digits.
def smallest_after_strikeout(amount: str, k: int) -> str:
    kept: list[str] = []
    left = k
    for digit in amount:
        while left and kept and kept[-1] > digit:
            kept.pop()
            left -= 1
        kept.append(digit)
    return "".join(kept).lstrip("0") or "0"
