# verdict: Wrong Answer
# Pairs up characters position by position and replaces mismatches, then inserts or deletes
# the tail: it never considers shifting the strings against each other.
def min_edit_cost(source: str, target: str, insert_cost: int, delete_cost: int,
                  replace_cost: int) -> int:
    common = min(len(source), len(target))
    total = sum(replace_cost for a, b in zip(source, target, strict=False) if a != b)
    total += (len(source) - common) * delete_cost + (len(target) - common) * insert_cost
    return total
