# verdict: Wrong Answer
# The prefix loop stops at bit 1 (range(30, 0, -1)), so bit 0 of the answer is never decided
# and the result is half the door number.
def best_door(badges: list[int]) -> int:
    best = 0
    for bit in range(30, 0, -1):
        best <<= 1
        prefixes = {badge >> bit for badge in badges}
        for p in prefixes:
            if p ^ (best | 1) in prefixes:
                best |= 1
                break
    return best
