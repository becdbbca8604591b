# verdict: Time Limit Exceeded
# Correct (the load only rises where someone boards), but recounts everyone on board at each
# boarding stop by scanning all bookings: O(n^2).
def can_take_all(trips: list[list[int]], capacity: int) -> bool:
    for _, stop, _ in trips:
        on_board = 0
        for count, board, leave in trips:
            if board <= stop < leave:
                on_board += count
        if on_board > capacity:
            return False
    return True
