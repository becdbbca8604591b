# verdict: Wrong Answer
# Starts where charge minus drain is largest whenever the loop has enough charge overall.
def first_start_stop(charge, drain):
    if sum(charge) < sum(drain):
        return -1
    gains = [c - d for c, d in zip(charge, drain)]
    return gains.index(max(gains))
