# verdict: Wrong Answer
# On a shortfall it restarts at the stop where the battery ran out instead of the one after.
def first_start_stop(charge, drain):
    start, battery, total = 0, 0, 0
    for i in range(len(charge)):
        gain = charge[i] - drain[i]
        total += gain
        battery += gain
        if battery < 0:
            start = i
            battery = 0
    return start if total >= 0 else -1
