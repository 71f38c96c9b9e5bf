"""Floor for a multipage app: st.navigation over five pages, the one shown a single widget.

Not a target: it shows how much of a page's cost against reference_widget.py is the price of
navigation itself (the app's pages all run under st.navigation).
"""

import streamlit as st


def one_widget() -> None:
    text = st.text_input("Type something", key="text")
    st.write(f"You typed: {text}")


def another_page() -> None:
    st.write("Another page")


st.set_page_config(page_title="Reference", layout="wide")
pages = [st.Page(one_widget, title="One widget", default=True)]
pages += [st.Page(another_page, title=f"Page {n}", url_path=f"page{n}") for n in range(2, 6)]
st.navigation(pages, position="top").run()
