# verdict: Wrong Answer
# Assumes the best pair includes the largest code and tries only those pairs.
def best_door(badges: list[int]) -> int:
    top = max(badges)
    return max(top ^ b for i, b in enumerate(badges) if i != badges.index(top))
