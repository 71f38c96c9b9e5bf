"""Small things only the browser can do: copy or share a text, and move keyboard focus.

Both are Streamlit "v2" components, whose script runs in the page itself (no frame, nothing
fetched from elsewhere). Any text passes as data and is only ever set as text, never as HTML.
"""

from __future__ import annotations

import streamlit as st

# A visible Copy button (Streamlit's own copy icon on code blocks is hidden on touch screens
# until the block is tapped, and fails silently on a plain-HTTP host), and Share… wherever the
# browser offers its share sheet (phones, mostly). What happened is said in a live region, so a
# screen reader hears it too.
_ACTIONS_HTML = """
<div class="actions">
  <button type="button" class="copy"></button>
  <button type="button" class="share" hidden></button>
  <span class="status" role="status" aria-live="polite"></span>
</div>
"""

_ACTIONS_CSS = """
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem;
  font-family: var(--st-font); color: var(--st-text-color); }
button { font: inherit; font-size: 0.95rem; min-height: 2.5rem; padding: 0.35rem 0.9rem;
  border-radius: 0.5rem; cursor: pointer; color: var(--st-text-color);
  background: var(--st-background-color); border: 1px solid var(--st-border-color); }
button:hover { border-color: var(--st-primary-color); color: var(--st-primary-color); }
button:focus-visible { outline: 2px solid var(--st-primary-color); outline-offset: 2px; }
.status { font-size: 0.95rem; }
"""

_ACTIONS_JS = """
function copyByHand(text) {
  // For a page served over plain HTTP, where the clipboard API is not offered.
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  let copied = false;
  try { copied = document.execCommand("copy"); } catch (error) { copied = false; }
  area.remove();
  return copied;
}

export default function ({ parentElement, data }) {
  const copy = parentElement.querySelector(".copy");
  const share = parentElement.querySelector(".share");
  const status = parentElement.querySelector(".status");
  copy.textContent = data.copy_label;
  share.textContent = data.share_label;
  status.textContent = "";
  share.hidden = !(navigator.share && window.isSecureContext);

  const onCopy = async () => {
    let copied = false;
    if (navigator.clipboard && window.isSecureContext) {
      try { await navigator.clipboard.writeText(data.text); copied = true; } catch (e) {}
    }
    if (!copied) copied = copyByHand(data.text);
    status.textContent = copied ? data.copied : data.not_allowed;
  };
  const onShare = async () => {
    try {
      await navigator.share(data.is_link ? { title: data.title, url: data.text }
                                          : { title: data.title, text: data.text });
      status.textContent = "";
    } catch (error) {
      if (error && error.name !== "AbortError") status.textContent = data.not_allowed;
    }
  };
  copy.addEventListener("click", onCopy);
  share.addEventListener("click", onShare);
  return () => {
    copy.removeEventListener("click", onCopy);
    share.removeEventListener("click", onShare);
  };
}
"""

# After "Next" on the questionnaire: keyboard focus on the new step's first field, so a second
# Enter cannot skip a step and a screen reader starts where the answers do.
_FOCUS_JS = """
export default function ({ data }) {
  let tries = 0;
  const timer = setInterval(() => {
    const field = data.selectors.map((s) => document.querySelector(s)).find((f) => f);
    if (field || ++tries > 40) {
      clearInterval(timer);
      if (field) {
        field.focus({ preventScroll: true });
        field.scrollIntoView({ block: "center" });
      }
    }
  }, 50);
  return () => clearInterval(timer);
}
"""

_actions = st.components.v2.component(
    "advisor_copy_share", html=_ACTIONS_HTML, css=_ACTIONS_CSS, js=_ACTIONS_JS
)
_focus = st.components.v2.component("advisor_focus", js=_FOCUS_JS)


def copy_and_share(
    text: str, *, key: str, title: str, is_link: bool = False, by_hand: str | None = None
) -> None:
    """A Copy button for `text` (and Share… where the browser has a share sheet), with a
    message where the browser does not allow copying, ending with `by_hand`: how to copy it
    without the button (by default: press and hold the text shown above)."""
    what = "link" if is_link else "text"
    if by_hand is None:
        by_hand = f"Press and hold the {what} above (or select it) to copy it by hand."
    _actions(
        key=key,
        data={
            "text": text,
            "title": title,
            "is_link": is_link,
            "copy_label": f"Copy the {what}",
            "share_label": "Share…",
            "copied": f"Copied: the {what} is ready to paste.",
            "not_allowed": f"This browser did not allow copying here. {by_hand}",
        },
    )


def focus(*selectors: str, key: str) -> None:
    """Move keyboard focus to the element the first of `selectors` finds (waiting briefly for
    the page to draw it)."""
    _focus(key=key, data={"selectors": list(selectors)})
