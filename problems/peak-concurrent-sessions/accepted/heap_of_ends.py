import heapq
def peak_concurrency(sessions):
    rooms = []
    for s, e in sorted(sessions):
        if rooms and rooms[0] <= s:
            heapq.heapreplace(rooms, e)
        else:
            heapq.heappush(rooms, e)
    return len(rooms)
