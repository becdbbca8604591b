# verdict: Wrong Answer
# Returns where each batch ends instead of how many pictures it holds.
def batch_sizes(shots):
    last = {client: i for i, client in enumerate(shots)}
    ends, end = [], 0
    for i, client in enumerate(shots):
        end = max(end, last[client])
        if i == end:
            ends.append(end)
    return ends
