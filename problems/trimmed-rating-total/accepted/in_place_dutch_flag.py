import random


def trimmed_total(ratings: list[int], trim: int) -> int:
    a = list(ratings)
    n = len(a)
    if 2 * trim >= n:
        return 0

    def place(target: int, lo: int, hi: int) -> None:
        """Rearrange a[lo:hi] so that a[target] holds its sorted value."""
        while hi - lo > 1:
            pivot = a[random.randrange(lo, hi)]
            lt, i, gt = lo, lo, hi
            while i < gt:
                v = a[i]
                if v < pivot:
                    a[lt], a[i] = v, a[lt]
                    lt += 1
                    i += 1
                elif v > pivot:
                    gt -= 1
                    a[gt], a[i] = v, a[gt]
                else:
                    i += 1
            if target < lt:
                hi = lt
            elif target >= gt:
                lo = gt
            else:
                return

    place(trim, 0, n)
    place(n - trim - 1, trim, n)
    return sum(a[trim:n - trim])
