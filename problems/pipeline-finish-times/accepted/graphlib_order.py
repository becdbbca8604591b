from graphlib import TopologicalSorter, CycleError
def finish_times(durations, deps):
    n = len(durations)
    ts = TopologicalSorter({j: () for j in range(n)})
    preds = [[] for _ in range(n)]
    for a, b in deps:
        ts.add(b, a)
        preds[b].append(a)
    try:
        order = list(ts.static_order())
    except CycleError:
        return []
    fin = [0] * n
    for j in order:
        fin[j] = max((fin[p] for p in preds[j]), default=0) + durations[j]
    return fin
