# verdict: Wrong Answer
# A segment tree for the window maximum with -10**9 as its identity: with every reward at
# -10**4 and reach 1 the true scores fall to -2 * 10**9, below the sentinel.
def best_hop_score(rewards, reach):
    n = len(rewards)
    NEG = -10**9
    size = 1
    while size < n:
        size *= 2
    tree = [NEG] * (2 * size)
    def update(i, v):
        i += size; tree[i] = v; i //= 2
        while i:
            tree[i] = max(tree[2*i], tree[2*i+1]); i //= 2
    def query(lo, hi):  # inclusive lo, exclusive hi
        res = NEG; lo += size; hi += size
        while lo < hi:
            if lo & 1: res = max(res, tree[lo]); lo += 1
            if hi & 1: hi -= 1; res = max(res, tree[hi])
            lo //= 2; hi //= 2
        return res
    update(0, rewards[0])
    last = rewards[0]
    for i in range(1, n):
        last = query(max(0, i - reach), i) + rewards[i]
        update(i, last)
    return last
