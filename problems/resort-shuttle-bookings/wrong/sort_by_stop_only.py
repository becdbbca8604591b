# verdict: Wrong Answer
# Sweeps boarding and leaving events sorted by stop alone. The sort is stable and the boardings
# were listed first, so at a shared stop everyone boards before anyone gets off.
def can_take_all(trips: list[list[int]], capacity: int) -> bool:
    events = [(board, count) for count, board, _ in trips]
    events += [(leave, -count) for count, _, leave in trips]
    events.sort(key=lambda event: event[0])
    on_board = 0
    for _, delta in events:
        on_board += delta
        if on_board > capacity:
            return False
    return True
