# verdict: Wrong Answer
# Moves the start on a shortfall but keeps the negative battery, so the debt of the failed
# stretch is charged to the new start too.
def first_start_stop(charge, drain):
    start, battery, total = 0, 0, 0
    for i in range(len(charge)):
        gain = charge[i] - drain[i]
        total += gain
        battery += gain
        if battery < 0:
            start = i + 1
    return start if total >= 0 and start < len(charge) else -1
