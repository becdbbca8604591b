def finish_times(durations, deps):
    n = len(durations)
    preds = [[] for _ in range(n)]
    for a, b in deps:
        preds[b].append(a)
    state = [0] * n
    fin = [0] * n
    for root in range(n):
        if state[root]:
            continue
        stack = [(root, 0)]
        state[root] = 1
        while stack:
            j, i = stack[-1]
            if i < len(preds[j]):
                stack[-1] = (j, i + 1)
                p = preds[j][i]
                if state[p] == 1:
                    return []
                if state[p] == 0:
                    state[p] = 1
                    stack.append((p, 0))
            else:
                stack.pop()
                fin[j] = max((fin[p] for p in preds[j]), default=0) + durations[j]
                state[j] = 2
    return fin
