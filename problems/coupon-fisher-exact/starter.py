def fisher_exact_test(table: list[list[int]]) -> float:
    # Return the two-sided p-value of Fisher's exact test for the 2x2 table.
    raise NotImplementedError
