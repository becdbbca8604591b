import random


def trimmed_total(ratings: list[int], trim: int) -> int:
    rng = random.Random(len(ratings))

    def smallest_sum(values: list[int], count: int) -> int:
        """Sum of the `count` smallest values (quickselect with a three-way split)."""
        total = 0
        while count > 0:
            pivot = values[rng.randrange(len(values))]
            below = [v for v in values if v < pivot]
            if count <= len(below):
                values = below
                continue
            total += sum(below)
            count -= len(below)
            equal = len(values) - len(below)
            above = [v for v in values if v > pivot]
            equal -= len(above)
            if count <= equal:
                return total + count * pivot
            total += equal * pivot
            count -= equal
            values = above
        return total

    # the kept ratings are those at sorted positions trim .. n - trim - 1
    return smallest_sum(ratings, len(ratings) - trim) - smallest_sum(ratings, trim)
