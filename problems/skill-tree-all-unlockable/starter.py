def all_unlockable(n: int, needs: list[list[int]]) -> bool:
    # Return True if all n skills can be unlocked, False if some skills wait in a circle.
    raise NotImplementedError
