from collections import Counter


def batch_sizes(shots):
    # close a batch when every client seen in it has no pictures left further on
    left = Counter(shots)
    seen = set()
    open_clients = 0
    sizes, start = [], 0
    for i, client in enumerate(shots):
        if client not in seen:
            seen.add(client)
            open_clients += 1
        left[client] -= 1
        if left[client] == 0:
            open_clients -= 1
        if open_clients == 0:
            sizes.append(i - start + 1)
            start = i + 1
    return sizes
