# verdict: Wrong Answer
# Refuses a shuttle with exactly `capacity` guests on board: >= where > is meant.
def can_take_all(trips: list[list[int]], capacity: int) -> bool:
    if not trips:
        return True
    last = max(leave for _, _, leave in trips)
    change = [0] * (last + 1)
    for count, board, leave in trips:
        change[board] += count
        change[leave] -= count
    on_board = 0
    for delta in change:
        on_board += delta
        if on_board >= capacity:
            return False
    return True
