def find_cycle(n: int, edges: list[list[int]]) -> list[int]:
    graph: list[list[int]] = [[] for _ in range(n)]
    for u, v in edges:
        graph[u].append(v)
    # 0 = not visited, 1 = on the current search path, 2 = finished (no cycle through it)
    state = [0] * n
    for root in range(n):
        if state[root]:
            continue
        path = [root]            # the tasks on the current search path, in order
        cursor = [0]             # next outgoing edge to try, per path entry
        state[root] = 1
        while path:
            u = path[-1]
            if cursor[-1] < len(graph[u]):
                v = graph[u][cursor[-1]]
                cursor[-1] += 1
                if state[v] == 1:
                    return path[path.index(v):]   # v .. u, and u -> v closes it
                if state[v] == 0:
                    state[v] = 1
                    path.append(v)
                    cursor.append(0)
            else:
                state[u] = 2
                path.pop()
                cursor.pop()
    return []
