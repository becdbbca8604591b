# verdict: Wrong Answer
# Right blocks, but built by inserting into `booked` and fusing in place: the caller's
# calendar changes.
import bisect


def reserve_window(booked, new):
    i = bisect.bisect_left(booked, new)
    booked.insert(i, list(new))
    if i > 0 and booked[i - 1][1] >= booked[i][0]:
        i -= 1
    while i + 1 < len(booked) and booked[i + 1][0] <= booked[i][1]:
        booked[i] = [booked[i][0], max(booked[i][1], booked[i + 1][1])]
        del booked[i + 1]
    return booked
