from bisect import bisect_left, bisect_right
from collections import defaultdict
def count_net_change_windows(changes, target):
    # positions of every prefix value, in increasing order; count earlier partners by bisect
    where = defaultdict(list)
    running = 0
    where[0].append(0)
    prefix = [0]
    for i, c in enumerate(changes, 1):
        running += c
        where[running].append(i)
        prefix.append(running)
    count = 0
    for j in range(1, len(prefix)):
        count += bisect_left(where.get(prefix[j] - target, []), j)
    return count
