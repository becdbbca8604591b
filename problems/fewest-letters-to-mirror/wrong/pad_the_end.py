# verdict: Wrong Answer
# Only adds letters after the end: keeps the longest palindromic suffix and mirrors the rest,
# which misses cheaper insertions in the middle or at the front.
def fewest_insertions(motto):
    n = len(motto)
    for start in range(n):
        tail = motto[start:]
        if tail == tail[::-1]:
            return start
    return 0
