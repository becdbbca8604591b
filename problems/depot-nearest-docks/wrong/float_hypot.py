# verdict: Wrong Answer
# Orders the docks by math.hypot, a float: squared distances 10**18 and 10**18 + 1 give the
# same float, so a farther dock with a smaller index wins the "tie".
import math


def nearest_docks(docks, k):
    order = sorted(range(len(docks)), key=lambda i: (math.hypot(*docks[i]), i))
    return sorted(order[:k])
