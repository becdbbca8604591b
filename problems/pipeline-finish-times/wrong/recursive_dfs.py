# verdict: Runtime Error
# Recursive memoised DFS over each job's inputs: a chain of 5*10**4 jobs ending at job 0 goes
# deeper than the recursion limit.
def finish_times(durations, deps):
    n = len(durations)
    preds = [[] for _ in range(n)]
    for a, b in deps:
        preds[b].append(a)
    state = [0] * n
    fin = [0] * n
    def go(j):
        if state[j] == 1:
            raise ValueError
        if state[j] == 2:
            return fin[j]
        state[j] = 1
        fin[j] = max((go(p) for p in preds[j]), default=0) + durations[j]
        state[j] = 2
        return fin[j]
    try:
        for j in range(n):
            go(j)
    except ValueError:
        return []
    return fin
