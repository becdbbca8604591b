def dispatch_jobs(gpus, jobs):
    # a min segment tree over the GPUs' "idle at" times: the leftmost GPU idle at the submit
    # time, or else the leftmost GPU with the smallest time, each found by one descent
    size = 1
    while size < gpus:
        size *= 2
    inf = float("inf")
    tree = [inf] * (2 * size)
    for g in range(gpus):
        tree[size + g] = 0
    for node in range(size - 1, 0, -1):
        tree[node] = min(tree[2 * node], tree[2 * node + 1])

    def leftmost_at_most(limit):
        node = 1
        while node < size:
            node = 2 * node if tree[2 * node] <= limit else 2 * node + 1
        return node - size

    out = [None] * len(jobs)
    for i in sorted(range(len(jobs)), key=lambda i: jobs[i][0]):
        submit, duration = jobs[i]
        if tree[1] <= submit:
            gpu = leftmost_at_most(submit)
            begin = submit
        else:
            begin = tree[1]
            gpu = leftmost_at_most(begin)
        node = size + gpu
        tree[node] = begin + duration
        node //= 2
        while node:
            tree[node] = min(tree[2 * node], tree[2 * node + 1])
            node //= 2
        out[i] = [gpu, begin]
    return out
