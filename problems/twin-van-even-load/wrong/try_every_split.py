# verdict: Time Limit Exceeded
# Right answers: takes or skips each parcel in turn, stopping early when a van overflows;
# a batch with no even split still explores about 2**n choices.
def can_load_evenly(weights: list[int]) -> bool:
    total = sum(weights)
    if total % 2:
        return False
    half = total // 2
    order = sorted(weights, reverse=True)

    def place(i: int, load: int) -> bool:
        if load == half:
            return True
        if i == len(order) or load > half:
            return False
        return place(i + 1, load + order[i]) or place(i + 1, load)

    return place(0, 0)
