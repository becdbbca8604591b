# verdict: Wrong Answer
# Gets the words right but throws the punctuation away instead of keeping it as tokens.
import re


def tokenize(text):
    word = r"[a-z0-9]+(?:(?:['-](?=[a-z0-9])|(?<=[0-9])\.(?=[0-9]))[a-z0-9]+)*"
    return re.findall(word, text.lower())
