# verdict: Wrong Answer
# Records where each client is first seen instead of last seen, so batches close too early.
def batch_sizes(shots):
    seen = {}
    for i, client in enumerate(shots):
        seen.setdefault(client, i)
    sizes, start, end = [], 0, 0
    for i, client in enumerate(shots):
        end = max(end, seen[client])
        if i == end:
            sizes.append(end - start + 1)
            start = i + 1
    return sizes
