# verdict: Time Limit Exceeded
# Correct, but removes the current lowest and highest rating one pair at a time: each
# round scans and shifts the whole list, so it costs O(n * trim).
def trimmed_total(ratings: list[int], trim: int) -> int:
    left = list(ratings)
    for _ in range(trim):
        left.remove(min(left))
        left.remove(max(left))
    return sum(left)
