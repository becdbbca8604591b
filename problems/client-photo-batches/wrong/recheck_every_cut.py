# verdict: Time Limit Exceeded
# Correct: grows the batch one picture at a time and closes it when none of its clients
# appears later, but re-reads the batch and the rest of the roll at every picture: O(n^2).
def batch_sizes(shots):
    sizes = []
    start = 0
    for i in range(len(shots)):
        if set(shots[start:i + 1]).isdisjoint(shots[i + 1:]):
            sizes.append(i + 1 - start)
            start = i + 1
    return sizes
