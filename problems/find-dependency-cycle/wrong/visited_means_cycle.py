# verdict: Wrong Answer
# Treats reaching any already visited task as a cycle, as in an undirected graph: two
# routes to the same task (a diamond) are reported as a cycle.
def find_cycle(n, edges):
    graph = [[] for _ in range(n)]
    for u, v in edges:
        graph[u].append(v)
    visited = [False] * n
    for root in range(n):
        if visited[root]:
            continue
        visited[root] = True
        stack = [root]
        while stack:
            u = stack.pop()
            for v in graph[u]:
                if visited[v]:
                    return [u, v] if u != v else [u]
                visited[v] = True
                stack.append(v)
    return []
