# verdict: Wrong Answer
# Measures a batch as end - start, one picture short.
def batch_sizes(shots):
    last = {client: i for i, client in enumerate(shots)}
    sizes, start, end = [], 0, 0
    for i, client in enumerate(shots):
        end = max(end, last[client])
        if i == end:
            sizes.append(end - start)
            start = i + 1
    return sizes
