# verdict: Wrong Answer
# Strikes the k largest digits (the leftmost copy first on ties), but a large digit late in
# the string matters less than a slightly larger digit at the front.
def smallest_after_strikeout(amount: str, k: int) -> str:
    order = sorted(range(len(amount)), key=lambda i: (-int(amount[i]), i))
    struck = set(order[:k])
    kept = "".join(d for i, d in enumerate(amount) if i not in struck)
    return kept.lstrip("0") or "0"
