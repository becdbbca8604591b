# verdict: Wrong Answer
# Demands a strictly positive surplus over the loop, so a route that uses exactly what it
# gives is declared impossible.
def first_start_stop(charge, drain):
    start, battery, total = 0, 0, 0
    for i in range(len(charge)):
        gain = charge[i] - drain[i]
        total += gain
        battery += gain
        if battery < 0:
            start = i + 1
            battery = 0
    return start if total > 0 else -1
