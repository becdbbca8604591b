def reserve_window(booked: list[list[int]], new: list[int]) -> list[list[int]]:
    start, end = new
    n = len(booked)
    out = []
    i = 0
    # blocks that end before the new window starts, with free time in between
    while i < n and booked[i][1] < start:
        out.append(booked[i])
        i += 1
    # blocks that overlap or touch it (a block ending at `start` or starting at `end` fuses)
    while i < n and booked[i][0] <= end:
        start = min(start, booked[i][0])
        end = max(end, booked[i][1])
        i += 1
    out.append([start, end])
    out.extend(booked[i:])
    return out
