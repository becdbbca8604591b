# verdict: Wrong Answer
# Adds up the finish times of all inputs instead of waiting for the latest one.
def finish_times(durations, deps):
    n = len(durations)
    readers = [[] for _ in range(n)]
    missing = [0] * n
    for a, b in deps:
        readers[a].append(b)
        missing[b] += 1
    start = [0] * n
    finish = [0] * n
    ready = [j for j in range(n) if missing[j] == 0]
    done = 0
    while ready:
        job = ready.pop()
        done += 1
        finish[job] = start[job] + durations[job]
        for nxt in readers[job]:
            start[nxt] += finish[job]
            missing[nxt] -= 1
            if missing[nxt] == 0:
                ready.append(nxt)
    return finish if done == n else []
