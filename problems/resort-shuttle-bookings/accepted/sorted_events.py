def can_take_all(trips: list[list[int]], capacity: int) -> bool:
    # (stop, change) pairs sorted as tuples: at a shared stop the negative changes (leavers)
    # sort before the positive ones (boarders).
    events = []
    for count, board, leave in trips:
        events.append((board, count))
        events.append((leave, -count))
    events.sort()
    on_board = 0
    for _, delta in events:
        on_board += delta
        if on_board > capacity:
            return False
    return True
