# verdict: Wrong Answer
# Restarts when the battery reaches exactly 0, though arriving empty is allowed: it skips
# valid starts and can even answer n.
def first_start_stop(charge, drain):
    start, battery, total = 0, 0, 0
    for i in range(len(charge)):
        gain = charge[i] - drain[i]
        total += gain
        battery += gain
        if battery <= 0:
            start = i + 1
            battery = 0
    return start if total >= 0 else -1
