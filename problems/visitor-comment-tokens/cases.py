import string

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(("Don't panic: it's state-of-the-art!",),
         expected=["don't", "panic", ":", "it's", "state-of-the-art", "!"],
         note="apostrophes and hyphens between letters stay inside the word; the colon and "
              "the exclamation mark are tokens of their own"),
    Case(("Pi is 3.14, e.g. (roughly).",),
         expected=["pi", "is", "3.14", ",", "e", ".", "g", ".", "(", "roughly", ")", "."],
         note="a full stop joins only between digits: 3.14 stays whole, e.g. does not"),
    Case(("",), expected=[], note="no text, no tokens"),
]

HIDDEN = [
    Case((" \t\n  ",), note="whitespace only"),
    Case(("A",), note="a single letter, upper case"),
    Case(("?",), note="a single punctuation mark"),
    Case(("HELLO World",), note="lowercasing"),
    Case(("'quoted' rock'n'roll o'clock '",), note="leading and trailing apostrophes split off"),
    Case(("well-- -dash- x-y-z a--b",), note="hyphens at the ends and doubled hyphens"),
    Case(("rock'",), note="a joiner at the very end of the text"),
    Case(("covid-19 3.14.15 v2.0 1. .5 2..3",), note="digits around full stops"),
    Case(("e.g. u.s.a. a.1 1.a",), note="full stops next to letters never join"),
    Case(("hello,world;foo:bar!baz?",), note="punctuation inside a chunk splits it"),
    Case(("snake_case $5 50% #tag @user a/b a&b",), note="symbols and the underscore"),
    Case(("-5 -3.5 +7",), note="no sign handling"),
    Case(("don't\tstop\nbelievin'",), note="tabs and newlines"),
    Case(("It's 9-to-5, isn't it? (Yes.) \"Quite\" [so] {ok}",), note="mixed"),
    Case(("a'-b a-'b a'b-c 1'2 x'",), note="joiners next to each other do not join"),
    Case(("".join(chr(c) for c in range(32, 127)),), note="every printable character once"),
    Case((("Visitors can't stop saying it's a WORLD-CLASS collection: 4.5 stars, 100% "
           "worth it!!! ") * 1300,), note="largest"),
    Case((("x" * 50000) + "'" + ("y" * 49999),), note="one 100000-character word"),
    Case(("." * 100000,), note="100000 punctuation tokens"),
]

_ALPHABET = string.ascii_letters + string.digits + string.punctuation + " \t\n"
_PIECES = ["don't", "State-Of-The-Art", "3.14", "e.g.", "'", "-", ".", ",", " ", "  ", "\n",
           "rock'n'roll", "1.2.3", "x", "42", "_", "!?", "--", "''", "(", ")", "A", "9"]


def generate(rng):
    if rng.random() < 0.5:
        n = rng.randint(0, 300)
        return ("".join(rng.choice(_ALPHABET) for _ in range(n)),)
    n = rng.randint(0, 200)
    return ("".join(rng.choice(_PIECES) for _ in range(n)),)


def arguments():
    chars = st.sampled_from(list("aZ9'-._ ,\t!") + ["1", "b"])
    return st.tuples(st.text(alphabet=chars, max_size=30))


def invariant(args, result):
    text = args[0]
    if not isinstance(result, list) or not all(isinstance(t, str) for t in result):
        return "the result must be a list of str"
    if "".join(result) != "".join(text.lower().split()):
        return "the tokens must concatenate to the lowercased text without whitespace"
    if any(t == "" for t in result):
        return "no token may be empty"
    return None
