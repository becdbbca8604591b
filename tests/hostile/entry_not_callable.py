# expect: Compilation Error
# The entry point's name is bound to a value that cannot be called.
insert_positions = [0, 1, 2]
