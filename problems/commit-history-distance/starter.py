def commit_distances(parent: list[int], queries: list[list[int]]) -> list[int]:
    raise NotImplementedError
