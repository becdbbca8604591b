def nearest_lockers(lockers, home, k):
    hx, hy = home
    order = sorted(range(len(lockers)),
                   key=lambda i: ((lockers[i][0] - hx) ** 2 + (lockers[i][1] - hy) ** 2, i))
    return order[:k]
