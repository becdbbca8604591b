# expect: Wrong Answer
# Returns an object that claims to equal anything; it must never reach the comparison.


class Anything:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __hash__(self):
        return 0


def insert_positions(nums, queries):
    return Anything()
