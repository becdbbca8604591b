def find_cycle(n: int, edges: list[list[int]]) -> list[int]:
    # Return the tasks of one directed cycle in order, or [] if the graph is acyclic.
    raise NotImplementedError
