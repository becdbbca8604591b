# verdict: Wrong Answer
# Trusts the last restart point without checking that the whole loop has enough charge.
def first_start_stop(charge, drain):
    start, battery = 0, 0
    for i in range(len(charge)):
        battery += charge[i] - drain[i]
        if battery < 0:
            start = i + 1
            battery = 0
    return start if start < len(charge) else -1
