# verdict: Runtime Error
# Right digits, but drops the leading zeros with str(int(...)): Python refuses to convert
# strings of more than 4300 digits to int, so the long invoices crash.
def smallest_after_strikeout(amount: str, k: int) -> str:
    kept: list[str] = []
    left = k
    for digit in amount:
        while left and kept and kept[-1] > digit:
            kept.pop()
            left -= 1
        kept.append(digit)
    kept = kept[:len(kept) - left]
    return str(int("".join(kept) or "0"))
