# verdict: Wrong Answer
# Drops the blocks the new window covers completely, but keeps partial overlaps as they are.
def reserve_window(booked, new):
    start, end = new
    kept = [b for b in booked if not (start <= b[0] and b[1] <= end)]
    return sorted(kept + [[start, end]])
