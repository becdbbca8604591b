def reuse_index(reuses: list[int]) -> int:
    # Return the largest h such that at least h datasets were reused at least h times.
    raise NotImplementedError
