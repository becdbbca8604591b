# verdict: Wrong Answer
# Splits on single spaces only: tabs and newlines stay inside tokens, and runs of spaces (or
# empty text) give empty-string tokens.
import re


def tokenize(text):
    word = r"[a-z0-9]+(?:(?:['-](?=[a-z0-9])|(?<=[0-9])\.(?=[0-9]))[a-z0-9]+)*"
    out = []
    for chunk in text.lower().split(" "):
        found = re.findall(word + r"|[^ ]", chunk)
        out.extend(found if found else [""])
    return out
