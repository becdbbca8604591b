# verdict: Wrong Answer
# Treats the empty string as the backup of the empty tree.
def is_complete_backup(data: str) -> bool:
    if data == "":
        return True
    slots = 1
    for token in data.split(","):
        if slots == 0:
            return False
        slots -= 1
        if token != "#":
            slots += 2
    return slots == 0
