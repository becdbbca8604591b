# verdict: Wrong Answer
# Closes the last batch after the loop, which adds a batch of size 0 for an empty roll.
def batch_sizes(shots):
    last = {client: i for i, client in enumerate(shots)}
    sizes, start, end = [], 0, 0
    for i, client in enumerate(shots[:-1]):
        end = max(end, last[client])
        if i == end:
            sizes.append(end - start + 1)
            start = i + 1
    sizes.append(len(shots) - start)
    return sizes
