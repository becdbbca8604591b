# Pushes tokens on a stack and collapses "value, #, #" on top into "#" as it goes: O(n).
def is_complete_backup(data: str) -> bool:
    stack = []
    for token in data.split(","):
        if token == "":
            return False
        stack.append(token)
        while len(stack) >= 3 and stack[-1] == "#" and stack[-2] == "#" and stack[-3] != "#":
            del stack[-3:]
            stack.append("#")
    return stack == ["#"]
