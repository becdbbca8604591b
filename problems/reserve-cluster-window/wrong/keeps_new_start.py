# verdict: Wrong Answer
# Grows the new window to the right over the blocks it meets but never moves its start back
# to a block that began earlier.
def reserve_window(booked, new):
    start, end = new
    out, i, n = [], 0, len(booked)
    while i < n and booked[i][1] < start:
        out.append(booked[i])
        i += 1
    while i < n and booked[i][0] <= end:
        end = max(end, booked[i][1])
        i += 1
    return out + [[start, end]] + booked[i:]
