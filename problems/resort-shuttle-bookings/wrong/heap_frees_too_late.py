# verdict: Wrong Answer
# Sorts the bookings by boarding stop and keeps the riders in a heap by leaving stop, but only
# lets off the groups that left strictly before the boarding stop, not those leaving at it.
import heapq


def can_take_all(trips: list[list[int]], capacity: int) -> bool:
    riding: list[tuple[int, int]] = []
    on_board = 0
    for count, board, leave in sorted(trips, key=lambda trip: trip[1]):
        while riding and riding[0][0] < board:
            on_board -= heapq.heappop(riding)[1]
        on_board += count
        if on_board > capacity:
            return False
        heapq.heappush(riding, (leave, count))
    return True
