# verdict: Wrong Answer
# remembers which prefix sums were seen, not how often
def count_net_change_windows(changes, target):
    seen, running, count = {0}, 0, 0
    for c in changes:
        running += c
        if running - target in seen:
            count += 1
        seen.add(running)
    return count
