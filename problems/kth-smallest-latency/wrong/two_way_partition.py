# verdict: Time Limit Exceeded
# In-place two-way (Lomuto) partition around a random pivot: values equal to the pivot all
# fall on one side, so a list of one repeated value is peeled one element per round.
import random
def kth_smallest(latencies, k):
    a = list(latencies); lo, hi = 0, len(a) - 1; t = k - 1
    while True:
        if lo == hi:
            return a[lo]
        r = random.randint(lo, hi)
        a[r], a[hi] = a[hi], a[r]
        p = a[hi]; s = lo
        for j in range(lo, hi):
            if a[j] < p:
                a[s], a[j] = a[j], a[s]; s += 1
        a[s], a[hi] = a[hi], a[s]
        if s == t:
            return a[s]
        if t < s:
            hi = s - 1
        else:
            lo = s + 1
