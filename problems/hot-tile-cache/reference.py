from collections import OrderedDict, defaultdict


class TileCache:
    """Each cached key maps to [value, uses]. For every use count there is an OrderedDict of
    the keys with that count, least recently used first (a key is re-inserted at the end each
    time it is used; a plain dict would do, but taking its first key after many deletions
    from the front walks over their empty slots). `fewest` is the smallest count that has a
    key whenever the cache is full, so the tile to remove is the first key of its group."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.entries: dict[int, list[int]] = {}
        self.groups: defaultdict[int, OrderedDict[int, None]] = defaultdict(OrderedDict)
        self.fewest = 0

    def _use(self, key: int, entry: list[int]) -> None:
        uses = entry[1]
        group = self.groups[uses]
        del group[key]
        if not group and self.fewest == uses:
            self.fewest = uses + 1
        entry[1] = uses + 1
        self.groups[uses + 1][key] = None

    def get(self, key: int) -> int:
        entry = self.entries.get(key)
        if entry is None:
            return -1
        self._use(key, entry)
        return entry[0]

    def put(self, key: int, value: int) -> None:
        entry = self.entries.get(key)
        if entry is not None:
            entry[0] = value
            self._use(key, entry)
            return
        if len(self.entries) == self.capacity:
            victim, _ = self.groups[self.fewest].popitem(last=False)
            del self.entries[victim]
        self.entries[key] = [value, 1]
        self.groups[1][key] = None
        self.fewest = 1
