# verdict: Wrong Answer
# Detects cycles correctly but returns the whole search path, including the tasks that lead
# into the cycle without being on it.
def find_cycle(n, edges):
    graph = [[] for _ in range(n)]
    for u, v in edges:
        graph[u].append(v)
    state = [0] * n
    for root in range(n):
        if state[root]:
            continue
        path, cursor = [root], [0]
        state[root] = 1
        while path:
            u = path[-1]
            if cursor[-1] < len(graph[u]):
                v = graph[u][cursor[-1]]
                cursor[-1] += 1
                if state[v] == 1:
                    return path
                if state[v] == 0:
                    state[v] = 1
                    path.append(v)
                    cursor.append(0)
            else:
                state[u] = 2
                path.pop()
                cursor.pop()
    return []
