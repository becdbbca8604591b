# verdict: Wrong Answer
# Closes a batch at the last picture of the current client, without keeping the farthest last
# picture of every client already in the batch.
def batch_sizes(shots):
    last = {client: i for i, client in enumerate(shots)}
    sizes, start = [], 0
    for i, client in enumerate(shots):
        if last[client] == i:
            sizes.append(i - start + 1)
            start = i + 1
    return sizes
