# verdict: Wrong Answer
# Skips a block that ends exactly where the new window starts, as if it left free time.
def reserve_window(booked, new):
    start, end = new
    out, i, n = [], 0, len(booked)
    while i < n and booked[i][1] <= start:
        out.append(booked[i])
        i += 1
    while i < n and booked[i][0] <= end:
        start = min(start, booked[i][0])
        end = max(end, booked[i][1])
        i += 1
    return out + [[start, end]] + booked[i:]
