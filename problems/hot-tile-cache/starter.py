class TileCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity

    def get(self, key: int) -> int:
        # Return the value of key (one more use of it), or -1 if it is absent.
        raise NotImplementedError

    def put(self, key: int, value: int) -> None:
        # Store value under key; when a new key finds the cache full, first remove the
        # tile with the fewest uses, the least recently used among ties.
        raise NotImplementedError
