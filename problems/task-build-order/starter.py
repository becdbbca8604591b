def build_order(n: int, deps: list[list[int]]) -> list[int]:
    # Return the build order (smallest ready target first), or [] if deps has a cycle.
    raise NotImplementedError
