# One regular expression: a word with its joiners (each checked with a lookahead, and a
# lookbehind for the digit before a full stop), or else any single non-space character.
import re

_TOKEN = re.compile(r"[a-z0-9]+(?:(?:['-](?=[a-z0-9])|(?<=[0-9])\.(?=[0-9]))[a-z0-9]+)*|\S")


def tokenize(text):
    return _TOKEN.findall(text.lower())
