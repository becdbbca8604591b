def spiral_sweep(wall):
    # Take the top row, then turn what is left a quarter counter-clockwise so that its
    # right column becomes the top row; repeat.
    rest = [list(row) for row in wall if row]
    order = []
    while rest:
        order.extend(rest[0])
        rest = [list(row) for row in zip(*rest[1:])][::-1]
    return order
