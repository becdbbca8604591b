# verdict: Time Limit Exceeded
# Stops the binary search at the first element equal to q and then steps back one by one
# to the start of its run of duplicates: a scan of the run for every query.
def insert_positions(nums, queries):
    out = []
    for q in queries:
        lo, hi = 0, len(nums)
        ans = None
        while lo < hi:
            m = (lo + hi) // 2
            if nums[m] == q:
                while m > 0 and nums[m - 1] == q and m > lo:
                    m -= 1
                ans = m; break
            if nums[m] < q: lo = m + 1
            else: hi = m
        out.append(lo if ans is None else ans)
    return out
