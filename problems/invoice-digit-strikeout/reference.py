def smallest_after_strikeout(amount: str, k: int) -> str:
    kept: list[str] = []
    left = k
    for digit in amount:
        # a larger digit just before a smaller one is always worth striking
        while left and kept and kept[-1] > digit:
            kept.pop()
            left -= 1
        kept.append(digit)
    # the digits kept never fall, so any strikes still owed come off the end
    kept = kept[:len(kept) - left]
    return "".join(kept).lstrip("0") or "0"
