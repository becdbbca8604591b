def first_start_stop(charge, drain):
    # the loop succeeds from s when the running surplus before s is the lowest of all; the
    # first such s is the smallest start
    if sum(charge) < sum(drain):
        return -1
    running, lowest, start = 0, 0, 0
    for i in range(len(charge) - 1):
        running += charge[i] - drain[i]
        if running < lowest:
            lowest, start = running, i + 1
    return start
