def min_edit_cost(source: str, target: str, insert_cost: int, delete_cost: int,
                  replace_cost: int) -> int:
    # Return the cheapest total cost of insertions, deletions and replacements that turn
    # source into target.
    raise NotImplementedError
