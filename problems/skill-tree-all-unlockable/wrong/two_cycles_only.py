# verdict: Wrong Answer
# Looks only for a skill that needs itself or two skills that need each other; longer
# circles (three or more skills) go unnoticed.
def all_unlockable(n, needs):
    pairs = set()
    for a, b in needs:
        if a == b or (b, a) in pairs:
            return False
        pairs.add((a, b))
    return True
