# verdict: Time Limit Exceeded
# Right, but finds the height at each edge by checking every stack: O(n^2).
def yard_silhouette(stacks):
    edges = sorted({x for left, right, _ in stacks for x in (left, right)})
    points = []
    for x in edges:
        height = 0
        for left, right, h in stacks:
            if left <= x < right and h > height:
                height = h
        if not points or points[-1][1] != height:
            points.append([x, height])
    return points
