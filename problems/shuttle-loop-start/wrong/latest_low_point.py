# verdict: Wrong Answer
# Starts just after the lowest running surplus, but takes the last of several equal lows, so
# with several valid starts it does not return the smallest.
def first_start_stop(charge, drain):
    if sum(charge) < sum(drain):
        return -1
    running, lowest, start = 0, 0, 0
    for i in range(len(charge)):
        running += charge[i] - drain[i]
        if running <= lowest:
            lowest, start = running, i + 1
    return start % len(charge)
