# verdict: Wrong Answer
# Runs the one-pass greedy over every mast including the last one, so a frontier ending
# exactly on the last mast counts one flight too many (and one mast gives 1, not 0).
def fewest_flights(ranges):
    flights, end, farthest = 0, 0, 0
    for i in range(len(ranges)):
        if i > end:
            return -1
        farthest = max(farthest, i + ranges[i])
        if i == end:
            flights += 1
            end = farthest
    return flights
