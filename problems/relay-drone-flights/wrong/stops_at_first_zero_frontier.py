# verdict: Wrong Answer
# Declares the end unreachable when the frontier lands on a mast with range 0, though another
# mast inside the frontier may still reach past it.
def fewest_flights(ranges):
    last = len(ranges) - 1
    flights, end, farthest = 0, 0, 0
    for i in range(last):
        farthest = max(farthest, i + ranges[i])
        if i == end:
            if ranges[farthest if farthest < last else last] == 0 and farthest < last:
                return -1
            flights += 1
            end = farthest
            if end >= last:
                break
    return flights if end >= last else -1
