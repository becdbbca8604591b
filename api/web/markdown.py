"""Statements from Markdown to HTML: raw HTML off (any in a statement is shown as text), and
tables made fit for a page under a strict Content-Security-Policy.

A table sits in a `.scroll` box that scrolls sideways on a narrow screen, named (role region
and aria-label) for whoever reaches it by keyboard. Column alignment becomes a class: the
`style` attribute markdown-it writes for it would break the policy's `style-src 'self'`.
"""

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from markupsafe import escape

LABEL_CHARS = 80
ALIGNMENTS = {"text-align:left": "align-left", "text-align:center": "align-center",
              "text-align:right": "align-right"}


def _text(inline: Token) -> str:
    """An inline token's text, without its Markdown."""
    return " ".join("".join(child.content for child in inline.children or ()
                            if child.type in ("text", "code_inline")).split())


def _label(tokens: list[Token], at: int) -> str:
    """What names the table opened at `at`: the paragraph just before it (an example's
    caption, an author's "`orders` has one row per order:"), else its column names."""
    if at >= 2 and tokens[at - 1].type == "paragraph_close" and tokens[at - 2].type == "inline":
        text = _text(tokens[at - 2])
    else:
        heads = []
        for token in tokens[at + 1:]:
            if token.type == "thead_close":
                break
            if token.type == "inline":
                heads.append(_text(token))
        text = "Table: " + ", ".join(heads)
    text = text.rstrip(":").strip() or "Table"
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def _tables(state: StateCore) -> None:
    """Names each table, and turns each cell's alignment style into a class."""
    seen: dict[str, int] = {}
    for at, token in enumerate(state.tokens):
        if token.type == "table_open":
            label = _label(state.tokens, at)
            seen[label] = seen.get(label, 0) + 1  # two boxes of one name are told apart
            token.meta["label"] = label + (f" ({seen[label]})" if seen[label] > 1 else "")
        elif token.type in ("th_open", "td_open") and "style" in token.attrs:
            style = str(token.attrs.pop("style"))
            if style in ALIGNMENTS:
                token.attrSet("class", ALIGNMENTS[style])


def _table_open(renderer: RendererHTML, tokens: list[Token], at: int, options: OptionsDict,
                env: EnvType) -> str:
    label = escape(tokens[at].meta.get("label", "Table"))
    return (f'<div class="scroll" role="region" aria-label="{label}">\n'
            + renderer.renderToken(tokens, at, options, env))


def _table_close(renderer: RendererHTML, tokens: list[Token], at: int, options: OptionsDict,
                 env: EnvType) -> str:
    return renderer.renderToken(tokens, at, options, env) + "</div>\n"


def markdown_renderer() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    md.core.ruler.push("fit_tables", _tables)
    md.add_render_rule("table_open", _table_open)
    md.add_render_rule("table_close", _table_close)
    return md
