import random

from judge.grading.authoring import Case, SqlResult, Table

CATEGORIES = (("category_id", "INTEGER"), ("parent_id", "INTEGER"), ("name", "TEXT"))
PRODUCTS = (("product_id", "INTEGER"), ("category_id", "INTEGER"), ("revenue", "INTEGER"))


def tables(categories, products) -> tuple:
    return ({"categories": Table(CATEGORIES, tuple(categories)),
             "products": Table(PRODUCTS, tuple(products))},)


def result(*rows):
    return SqlResult(columns=("category_id", "depth", "path", "products", "revenue"),
                     rows=tuple(rows))


SAMPLES = [
    Case(tables([(1, None, "Home"), (2, 1, "Kitchen"), (3, 1, "Garden"), (4, 2, "Knives"),
                 (5, None, "Toys")],
                [(10, 4, 120), (11, 4, None), (12, 2, 80), (13, 3, 45), (14, None, 999)]),
         expected=result((1, 0, "Home", 4, 245), (2, 1, "Home > Kitchen", 3, 200),
                         (3, 1, "Home > Garden", 1, 45), (4, 2, "Home > Kitchen > Knives", 2, 120),
                         (5, 0, "Toys", 0, 0)),
         note="Home counts the products of Kitchen, Knives and Garden; product 11 was never "
              "sold but counts; product 14 is not filed; Toys is empty"),
    Case(tables([(7, 9, "Shoes"), (9, None, "Sale"), (3, None, "Outlet"), (8, 3, "Shoes"),
                 (2, 8, "Boots"), (6, 2, "Winter")],
                [(1, 6, 300), (2, 6, -300), (3, 7, 50), (4, 8, 10)]),
         expected=result((9, 0, "Sale", 1, 50), (7, 1, "Sale > Shoes", 1, 50),
                         (3, 0, "Outlet", 3, 10), (8, 1, "Outlet > Shoes", 3, 10),
                         (2, 2, "Outlet > Shoes > Boots", 2, 0),
                         (6, 3, "Outlet > Shoes > Boots > Winter", 2, 0)),
         note="two categories named Shoes under different parents; a refund cancels a sale "
              "(revenue 0 from 2 products); child ids smaller than their parents'"),
]

WORDS = ["Home", "Kitchen", "Garden", "Toys", "Shoes", "Sale", "Tools", "Books", "Audio",
         "Bags", "Lamps", "Tea"]


def _random(rng: random.Random, n_categories: int, n_products: int, *, fanout: float = 0.5,
            roots: int = 1, null_share: float = 0.1, id_low: int = -5):
    ids = rng.sample(range(id_low, id_low + 5 * n_categories + 10), n_categories)
    categories = []
    for index, cid in enumerate(ids):
        if index < roots or not categories:
            parent = None
        elif rng.random() < fanout:
            parent = rng.choice(categories)[0]
        else:
            parent = categories[-1][0]
        categories.append((cid, parent, rng.choice(WORDS)))
    rng.shuffle(categories)
    products = []
    for pid in rng.sample(range(1, 10 * n_products + 10), n_products):
        filed = None if rng.random() < 0.05 or not ids else rng.choice(ids)
        revenue = None if rng.random() < null_share else rng.choice(
            [0, rng.randint(-1_000_000, 0), rng.randint(1, 10_000_000), rng.randint(1, 500)])
        products.append((pid, filed, revenue))
    return tables(categories, products)


def generate(rng):
    return _random(rng, rng.randint(0, 40), rng.randint(0, 80), fanout=rng.random(),
                   roots=rng.randint(1, 3))


def _chain(depth: int):
    categories = [(1000 - level, None if level == 0 else 1001 - level, f"L{level}")
                  for level in range(depth)]
    products = [(1, 1000 - (depth - 1), 7), (2, 1000 - depth // 2, 11), (3, 1000, None)]
    return tables(categories, products)


_rng = random.Random(4321)

HIDDEN = [
    Case(tables([], []), note="no categories and no products"),
    Case(tables([(1, None, "Home"), (2, 1, "Kitchen")], []), note="no products"),
    Case(tables([(0, None, "All")], [(1, 0, 5), (2, 0, 7), (3, None, 100)]),
         note="one category, id 0"),
    Case(tables([(1, None, "Home"), (2, 1, "Kitchen")], [(1, None, 5), (2, None, 6)]),
         note="no product is filed"),
    Case(tables([(-1, None, "A"), (-2, -1, "B"), (-3, -2, "C"), (-4, -3, "D")],
                [(1, -4, 5), (2, -4, 6)]),
         note="products only at the bottom of a chain: every ancestor counts them"),
    Case(tables([(1, None, "A"), (2, 1, "B"), (3, 2, "C"), (4, 3, "D"), (5, 1, "E")],
                [(1, 1, None), (2, 2, None), (3, 3, None)]),
         note="every revenue NULL: products counted, revenue 0"),
    Case(tables([(5, None, "Top"), (4, 5, "Mid"), (3, 4, "Low")],
                [(1, 5, 10), (2, 4, 20), (3, 3, 40)]),
         note="products at every level; ids decrease downwards"),
    Case(tables([(1, None, "Tea"), (2, None, "Tea"), (3, 1, "Tea"), (4, 2, "Tea")],
                [(1, 3, 1), (2, 4, 2), (3, 4, 3)]),
         note="every category has the same name"),
    Case(tables([(1, None, "Home"), (2, 1, "Kitchen"), (3, 2, "Knives"), (4, 3, "Chef")],
                [(1, 4, -1_000_000), (2, 4, 10_000_000), (3, 2, -5)]),
         note="the revenue extremes; a negative total"),
    Case(_chain(50), note="a chain 50 levels deep"),
    Case(tables([(1, None, "Root")] + [(i, 1, f"C{i}") for i in range(2, 2001)],
                [(i, i % 2000 + 1, i) for i in range(1, 3001)]),
         note="one root with 1,999 children"),
    Case(_random(_rng, 30, 60, fanout=0.7, roots=3), note="random, small"),
    Case(_random(_rng, 2000, 5000, fanout=0.8, roots=5, id_low=-1000),
         note="largest: 2,000 categories, 5,000 products"),
    Case(_random(_rng, 400, 1500, fanout=0.3, roots=2), note="random, deep"),
]
