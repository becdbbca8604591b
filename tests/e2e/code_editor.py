"""Driving the problem page's editor from Playwright, whichever it is: CodeMirror (where the
site serves it) or the plain textarea it falls back to. The textarea `#code` always holds the
current text (CodeMirror writes it back on every change), so reading it works either way."""

from playwright.sync_api import Locator, Page


def has_codemirror(page: Page) -> bool:
    """Waits for editor.js to have set the page up (its scripts are deferred, so they may
    run after a navigation returns), then says whether CodeMirror took the textarea."""
    ready = page.locator("textarea#code[data-editor]")
    ready.wait_for(state="attached")
    return ready.get_attribute("data-editor") == "codemirror"


def typing_target(page: Page) -> Locator:
    """Where keys go: CodeMirror's editable element, else the textarea."""
    if has_codemirror(page):
        return page.get_by_role("textbox", name="Your solution")
    return page.locator("textarea#code")


def code(page: Page) -> str:
    return page.locator("textarea#code").input_value()


def set_code(page: Page, text: str) -> None:
    """Replaces the text and leaves the cursor at its end, the editor focused (as `fill`)."""
    if has_codemirror(page):
        page.evaluate("""text => {
            const cm = document.querySelector(".CodeMirror").CodeMirror;
            cm.setValue(text);
            cm.focus();
            cm.execCommand("goDocEnd");
        }""", text)
    else:
        page.locator("textarea#code").fill(text)


def focused_in_editor(page: Page) -> bool:
    return page.evaluate("""() => document.activeElement.id === "code"
        || document.activeElement.closest(".CodeMirror") !== null""")
