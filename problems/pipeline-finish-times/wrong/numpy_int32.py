# verdict: Wrong Answer
# Keeps finish times in a numpy int32 array, which wraps past 2**31.
import numpy as np
def finish_times(durations, deps):
    n = len(durations)
    readers = [[] for _ in range(n)]
    missing = [0] * n
    for a, b in deps:
        readers[a].append(b)
        missing[b] += 1
    start = np.zeros(n, dtype=np.int32)
    dur = np.array(durations, dtype=np.int32)
    ready = [j for j in range(n) if missing[j] == 0]
    fin = np.zeros(n, dtype=np.int32)
    done = 0
    while ready:
        j = ready.pop()
        done += 1
        fin[j] = start[j] + dur[j]
        for k in readers[j]:
            start[k] = max(start[k], fin[j])
            missing[k] -= 1
            if missing[k] == 0:
                ready.append(k)
    return fin.tolist() if done == n else []
