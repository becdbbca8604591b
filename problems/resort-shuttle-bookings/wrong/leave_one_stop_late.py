# verdict: Wrong Answer
# Treats the leaving stop as still ridden (an inclusive end): the group's seats are freed one
# stop later, so guests boarding where others leave are counted twice.
def can_take_all(trips: list[list[int]], capacity: int) -> bool:
    if not trips:
        return True
    last = max(leave for _, _, leave in trips)
    change = [0] * (last + 2)
    for count, board, leave in trips:
        change[board] += count
        change[leave + 1] -= count
    on_board = 0
    for delta in change:
        on_board += delta
        if on_board > capacity:
            return False
    return True
