"""Entry point: `streamlit run app.py`. The router picks the page; pages hold the content."""

from ui import router

router.run()
