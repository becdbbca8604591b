def smallest_after_strikeout(amount: str, k: int) -> str:
    # Strike exactly k digits from amount; return the smallest number left, as a string.
    raise NotImplementedError
