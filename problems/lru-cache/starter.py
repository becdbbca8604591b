class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity

    def get(self, key: int) -> int:
        # Return the value of key (and mark it as used), or -1 if it is absent.
        raise NotImplementedError

    def put(self, key: int, value: int) -> None:
        # Store value under key; if the cache overflows, drop the least recently used key.
        raise NotImplementedError
