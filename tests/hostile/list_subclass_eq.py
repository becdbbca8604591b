# expect: Wrong Answer
# A list subclass whose __eq__ is always True, holding wrong items: only the items may count.


class EqualList(list):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None


class EqualInt(int):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = int.__hash__


def insert_positions(nums, queries):
    return EqualList(EqualInt(-1) for _ in queries) if queries else EqualList([EqualInt(-1)])
