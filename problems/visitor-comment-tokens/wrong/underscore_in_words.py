# verdict: Wrong Answer
# Uses \w for word characters, which lets the underscore into words ("snake_case").
import re


def tokenize(text):
    word = r"\w+(?:(?:['-](?=\w)|(?<=[0-9])\.(?=[0-9]))\w+)*"
    return re.findall(word + r"|\S", text.lower())
