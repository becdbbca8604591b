# verdict: Wrong Answer
# Forgets to move the start of the batch, so each size counts from the start of the roll.
def batch_sizes(shots):
    last = {client: i for i, client in enumerate(shots)}
    sizes, end = [], 0
    for i, client in enumerate(shots):
        end = max(end, last[client])
        if i == end:
            sizes.append(end + 1)
    return sizes
