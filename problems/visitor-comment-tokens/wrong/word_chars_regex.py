# verdict: Wrong Answer
# Takes \w+ runs: apostrophes, hyphens and decimal points break words, and every
# punctuation mark is dropped.
import re


def tokenize(text):
    return re.findall(r"\w+", text.lower())
