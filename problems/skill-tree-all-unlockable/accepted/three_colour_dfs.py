# Iterative depth-first search with three marks: unvisited, on the current route, finished.
# Reaching a skill that is on the current route closes a circle.
def all_unlockable(n, needs):
    need = [[] for _ in range(n)]
    for a, b in needs:
        need[a].append(b)
    state = [0] * n  # 0 unvisited, 1 on the route, 2 finished
    for s in range(n):
        if state[s]:
            continue
        state[s] = 1
        stack = [(s, 0)]
        while stack:
            x, i = stack[-1]
            if i < len(need[x]):
                stack[-1] = (x, i + 1)
                b = need[x][i]
                if state[b] == 1:
                    return False
                if state[b] == 0:
                    state[b] = 1
                    stack.append((b, 0))
            else:
                state[x] = 2
                stack.pop()
    return True
