# verdict: Wrong Answer
# Never checks that every job was scheduled: jobs on a cycle keep finish time 0.
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
    while ready:
        job = ready.pop()
        finish[job] = start[job] + durations[job]
        for nxt in readers[job]:
            start[nxt] = max(start[nxt], finish[job])
            missing[nxt] -= 1
            if missing[nxt] == 0:
                ready.append(nxt)
    return finish
