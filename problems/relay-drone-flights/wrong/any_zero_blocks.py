# verdict: Wrong Answer
# Gives up as soon as any mast before the last has range 0, though a drone can fly over it.
def fewest_flights(ranges):
    last = len(ranges) - 1
    if 0 in ranges[:last]:
        return -1
    flights, end, farthest = 0, 0, 0
    for i in range(last):
        farthest = max(farthest, i + ranges[i])
        if i == end:
            flights += 1
            end = farthest
    return flights
