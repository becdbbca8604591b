def first_start_stop(charge, drain):
    # drive twice around; a start that survives n legs in a row is the answer
    n = len(charge)
    start, battery = 0, 0
    for k in range(2 * n):
        i = k % n
        battery += charge[i] - drain[i]
        if battery < 0:
            start, battery = k + 1, 0
            if start >= n:
                return -1
        elif k - start + 1 == n:
            return start
    return -1
