# verdict: Wrong Answer
# Ignores [a, a] pairs as noise, but a self-dependency is a cycle.
def finish_times(durations, deps):
    n = len(durations)
    readers = [[] for _ in range(n)]
    missing = [0] * n
    for a, b in deps:
        if a == b:
            continue
        readers[a].append(b)
        missing[b] += 1
    start = [0] * n
    ready = [j for j in range(n) if missing[j] == 0]
    fin = [0] * n
    done = 0
    while ready:
        j = ready.pop()
        done += 1
        fin[j] = start[j] + durations[j]
        for k in readers[j]:
            start[k] = max(start[k], fin[j])
            missing[k] -= 1
            if missing[k] == 0:
                ready.append(k)
    return fin if done == n else []
