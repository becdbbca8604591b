def insert_positions(nums, queries):
    order = sorted(range(len(queries)), key=queries.__getitem__)
    out = [0] * len(queries)
    i = 0
    for k in order:
        q = queries[k]
        while i < len(nums) and nums[i] < q:
            i += 1
        out[k] = i
    return out
