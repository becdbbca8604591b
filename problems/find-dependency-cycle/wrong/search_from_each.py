# verdict: Time Limit Exceeded
# Correct, but for every task searches the graph again to see whether it leads back to that
# task: O(n * (n + edges)).
def find_cycle(n, edges):
    graph = [[] for _ in range(n)]
    for u, v in edges:
        graph[u].append(v)
    for start in range(n):
        parent = {start: None}
        stack = [start]
        while stack:
            u = stack.pop()
            for v in graph[u]:
                if v == start:
                    cycle = [u]
                    while parent[cycle[-1]] is not None:
                        cycle.append(parent[cycle[-1]])
                    return cycle[::-1]
                if v not in parent:
                    parent[v] = u
                    stack.append(v)
    return []
