"""The Streamlit side of the app: routing, session state and display helpers shared by the pages."""
