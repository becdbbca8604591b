# verdict: Runtime Error
# Parses the tree recursively: right on every shallow line, but a path 499999 deep needs more
# frames than the recursion limit allows.
def is_complete_backup(data: str) -> bool:
    if not data:
        return False
    tokens = data.split(",")
    position = 0

    def subtree() -> bool:
        nonlocal position
        if position == len(tokens):
            return False
        token = tokens[position]
        position += 1
        if token == "#":
            return True
        return subtree() and subtree()

    return subtree() and position == len(tokens)
