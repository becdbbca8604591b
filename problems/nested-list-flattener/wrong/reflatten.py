# verdict: Time Limit Exceeded
# Correct, but flattens the whole nested list again on every call: O(n) per call.
class NestedFlattener:
    def __init__(self, nested):
        self.nested = nested
        self.taken = 0

    def _flat(self):
        out, stack = [], [iter(self.nested)]
        while stack:
            for item in stack[-1]:
                if isinstance(item, list):
                    stack.append(iter(item))
                    break
                out.append(item)
            else:
                stack.pop()
        return out

    def has_next(self):
        return self.taken < len(self._flat())

    def next(self):
        self.taken += 1
        return self._flat()[self.taken - 1]
