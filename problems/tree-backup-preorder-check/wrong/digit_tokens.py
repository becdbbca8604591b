# verdict: Wrong Answer
# Recognises values with str.isdigit(), so "-5" counts as a marker.
def is_complete_backup(data: str) -> bool:
    if not data:
        return False
    slots = 1
    for token in data.split(","):
        if slots == 0:
            return False
        slots -= 1
        if token.isdigit():
            slots += 2
    return slots == 0
