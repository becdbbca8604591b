# verdict: Time Limit Exceeded
# Quickselect with a random pivot but a two-way (Lomuto) partition: every value equal to
# the pivot lands on one side, so when most ratings are equal each round places only one
# element and the selection becomes quadratic.
import random


def trimmed_total(ratings: list[int], trim: int) -> int:
    a = list(ratings)
    n = len(a)
    if 2 * trim >= n:
        return 0

    def select(target: int, lo: int, hi: int) -> None:
        # afterwards a[target] holds its sorted value, smaller ones before, larger after
        while lo < hi:
            r = random.randint(lo, hi)
            a[r], a[hi] = a[hi], a[r]
            pivot = a[hi]
            store = lo
            for j in range(lo, hi):
                if a[j] < pivot:
                    a[store], a[j] = a[j], a[store]
                    store += 1
            a[store], a[hi] = a[hi], a[store]
            if store == target:
                return
            if target < store:
                hi = store - 1
            else:
                lo = store + 1

    if trim > 0:
        select(trim, 0, n - 1)
        select(n - trim - 1, trim, n - 1)
    return sum(a[trim:n - trim])
