import random
import string

from judge.grading.authoring import Case, st

LETTERS = string.ascii_lowercase

SAMPLES = [
    Case((["cat", "ore", "ats"], ["cat", "care", "rest", "star", "eat", "stats", "coat"]),
         expected=["care", "cat", "coat", "rest"],
         note="`star` and `eat` would need a diagonal step; `stats` would have to step back "
              "onto tiles it has already used"),
    Case((["aba", "bab"], ["aba", "abab", "bb", "ababab", "aba"]),
         expected=["aba", "abab", "ababab"],
         note="`aba` can be traced along several paths and is in the list twice, but is "
              "reported once; `ababab` uses all six tiles"),
    Case((["z"], ["z", "zz", "y"]), expected=["z"],
         note="`zz` would have to use the only tile twice"),
]


def _random_walk_word(rng: random.Random, board: list[str], length: int) -> str:
    rows, cols = len(board), len(board[0])
    r, c = rng.randrange(rows), rng.randrange(cols)
    seen = {(r, c)}
    out = [board[r][c]]
    while len(out) < length:
        options = [(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                   if 0 <= r + dr < rows and 0 <= c + dc < cols and (r + dr, c + dc) not in seen]
        if not options:
            break
        r, c = rng.choice(options)
        seen.add((r, c))
        out.append(board[r][c])
    return "".join(out)


def _random_board(rng: random.Random, rows: int, cols: int, alphabet: str) -> list[str]:
    return ["".join(rng.choice(alphabet) for _ in range(cols)) for _ in range(rows)]


def _mixed_words(rng: random.Random, board: list[str], count: int, alphabet: str,
                 longest: int) -> list[str]:
    words = []
    for _ in range(count):
        length = rng.randint(1, longest)
        if rng.random() < 0.4:
            words.append(_random_walk_word(rng, board, length))
        else:
            words.append("".join(rng.choice(alphabet) for _ in range(length)))
    return words


def _mostly_a_board() -> tuple[list[str], list[str]]:
    """A 12 x 12 tray of a's with the 25 other letters on isolated cells, and a dictionary of
    4200 words a...axy (one to seven a's) whose last two letters are never neighbours: none of
    them can be traced, but each one's run of a's can be, along a great many paths. Searching
    for each word on its own walks those runs 4200 times; a trie walks them once."""
    grid = [["a"] * 12 for _ in range(12)]
    spots = [(r, c) for r in range(0, 12, 2) for c in range((r // 2) % 2, 12, 3)]
    for letter, (r, c) in zip(LETTERS[1:], spots, strict=False):
        grid[r][c] = letter
    board = ["".join(row) for row in grid]
    words = []
    for k in range(1, 8):
        for x in LETTERS[1:]:
            for y in LETTERS[1:]:
                if x != y:
                    words.append("a" * k + x + y)
    words += ["a" * k for k in range(1, 11)]            # these are all found
    return board, words


_rng = random.Random(280612)
_big = _random_board(_rng, 12, 12, LETTERS)
_small_alpha = _random_board(_rng, 12, 12, "abcd")

HIDDEN = [
    Case((["q"], []), note="no words"),
    Case((["q"], ["q"]), note="one cell, one word"),
    Case((["ab"], ["ab", "ba", "aba", "b"]), note="one row, reading both ways; no reuse"),
    Case((["a", "b", "c"], ["abc", "cba", "ac", "bcb"]), note="one column"),
    Case((["ab", "cd"], ["ad", "bc", "abdc", "acdb", "abcd"]),
         note="diagonal pairs are not neighbours"),
    Case((["aa", "aa"], ["aaaa", "aaaaa", "aaa", "a"]),
         note="four equal tiles: a five-letter word needs a tile twice"),
    Case((["abc", "def", "ghi"], ["abc", "abcf", "abcfi", "abcfih", "abcfihg", "abcfihgd",
                                  "abcfihgde", "abcfihgdeb"]),
         note="words that are prefixes of each other are all reported"),
    Case((["xyx", "yxy", "xyx"], ["xyx", "xyx", "xyx", "yxyx", "xyxyxyxyx"]),
         note="one word repeated in the list and traceable in many places"),
    Case((["ab", "cd"], ["zz", "abz", "e"]), note="letters the tray does not have"),
    Case((["abcdefghijkl"] * 12, ["abcdefghijkl"[:10], "aaaaaaaaaa", "abba", "lkjihgfedc"]),
         note="repeated rows: vertical runs and reversed words"),
    Case((_big, _mixed_words(_rng, _big, 20000, LETTERS, 10)),
         note="largest: random tray, 20000 words, a third of them traceable"),
    Case((_small_alpha, _mixed_words(_rng, _small_alpha, 20000, "abcd", 10)),
         note="largest: four-letter alphabet, long shared prefixes"),
    Case(_mostly_a_board(), note="largest: long runs of one letter; almost nothing is found"),
]


def generate(rng):
    rows, cols = rng.randint(1, 12), rng.randint(1, 12)
    alphabet = rng.choice(["ab", "abc", "abcdef", LETTERS])
    board = _random_board(rng, rows, cols, alphabet)
    return board, _mixed_words(rng, board, rng.randint(0, 3000), alphabet, 10)


def arguments():
    cells = st.sampled_from("abc")
    return st.integers(1, 4).flatmap(lambda cols: st.tuples(
        st.lists(st.text(cells, min_size=cols, max_size=cols), min_size=1, max_size=4),
        st.lists(st.text(cells, min_size=1, max_size=7), max_size=12)))


def invariant(args, result):
    board, words = args
    if list(result) != sorted(set(result)):
        return "the words must be distinct and in sorted order"
    allowed = set(words)
    for word in result:
        if word not in allowed:
            return f"{word!r} is not in the dictionary"
    return None


def scale(rng, n):
    """A 12 x 12 tray and n dictionary words."""
    board = _random_board(rng, 12, 12, "abcd")
    return board, _mixed_words(rng, board, n, "abcd", 10)
