"""Reference for pages without a chart: the least a Streamlit rerun can cost, one widget."""

import streamlit as st

text = st.text_input("Type something", key="text")
st.write(f"You typed: {text}")
