# verdict: Wrong Answer
# Walks in from both ends and, on a mismatch, pads whichever side makes the next pair match,
# without comparing where each choice leads.
def fewest_insertions(motto):
    i, j = 0, len(motto) - 1
    added = 0
    while i < j:
        if motto[i] == motto[j]:
            i += 1
            j -= 1
        elif motto[i + 1] == motto[j]:
            added += 1
            i += 1
        else:
            added += 1
            j -= 1
    return added
