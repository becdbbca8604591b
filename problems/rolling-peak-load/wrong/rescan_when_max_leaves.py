# verdict: Time Limit Exceeded
# Correct, but rescans the window whenever its maximum leaves: O(n * width) on a falling run.
def rolling_peaks(loads, width):
    n = len(loads)
    if width > n:
        return []
    cur = max(loads[:width])
    out = [cur]
    for i in range(width, n):
        x, gone = loads[i], loads[i - width]
        if x >= cur:
            cur = x
        elif gone == cur:
            cur = max(loads[i - width + 1:i + 1])
        out.append(cur)
    return out
