def demolition_score(charges: list[int]) -> int:
    # Return the best total score: blasting a block scores left * it * right, where the
    # neighbours are the nearest standing blocks (a wall counts as 1).
    raise NotImplementedError
