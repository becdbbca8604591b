# verdict: Wrong Answer
# Walks the characters instead of the tokens: "12" counts as two nodes.
def is_complete_backup(data: str) -> bool:
    if not data:
        return False
    slots = 1
    for ch in data:
        if ch in ",-":
            continue
        if slots == 0:
            return False
        slots -= 1
        if ch != "#":
            slots += 2
    return slots == 0
