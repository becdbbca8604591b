def finish_times(durations: list[int], deps: list[list[int]]) -> list[int]:
    n = len(durations)
    readers: list[list[int]] = [[] for _ in range(n)]
    missing = [0] * n
    for a, b in deps:
        readers[a].append(b)
        missing[b] += 1
    start = [0] * n
    ready = [job for job in range(n) if missing[job] == 0]
    finish = [0] * n
    done = 0
    while ready:
        job = ready.pop()
        done += 1
        end = start[job] + durations[job]
        finish[job] = end
        for nxt in readers[job]:
            if end > start[nxt]:
                start[nxt] = end
            missing[nxt] -= 1
            if missing[nxt] == 0:
                ready.append(nxt)
    return finish if done == n else []
