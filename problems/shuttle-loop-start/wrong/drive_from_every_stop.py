# verdict: Time Limit Exceeded
# Correct: drives the loop from each stop in turn and stops at the first shortfall, O(n^2)
# when starts fail late.
def first_start_stop(charge, drain):
    n = len(charge)
    for start in range(n):
        battery = 0
        for k in range(n):
            i = (start + k) % n
            battery += charge[i] - drain[i]
            if battery < 0:
                break
        else:
            return start
    return -1
