def min_splice_cost(lengths: list[int]) -> int:
    # Return the minimum total cost of joining neighbouring segments until one remains; each
    # join costs the length of the segment it produces.
    raise NotImplementedError
