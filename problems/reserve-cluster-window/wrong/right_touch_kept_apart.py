# verdict: Wrong Answer
# Fuses only the blocks that start strictly before the new window ends, so a block starting
# exactly at its end stays apart.
def reserve_window(booked, new):
    start, end = new
    out, i, n = [], 0, len(booked)
    while i < n and booked[i][1] < start:
        out.append(booked[i])
        i += 1
    while i < n and booked[i][0] < end:
        start = min(start, booked[i][0])
        end = max(end, booked[i][1])
        i += 1
    return out + [[start, end]] + booked[i:]
