def best_door(badges: list[int]) -> int:
    # Return the largest badges[i] ^ badges[j] over two different players i != j.
    raise NotImplementedError
