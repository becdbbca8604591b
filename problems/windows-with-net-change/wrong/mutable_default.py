# verdict: Wrong Answer
# the prefix table is a default argument that keeps earlier calls' prefixes
def count_net_change_windows(changes, target, seen={0: 1}):
    running = count = 0
    for c in changes:
        running += c
        count += seen.get(running - target, 0)
        seen[running] = seen.get(running, 0) + 1
    return count
