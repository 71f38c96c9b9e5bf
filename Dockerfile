# The app alone, as a coach would host it: slim Python, the exact versions of requirements.lock,
# a user without privileges, and the app's own health endpoint as the health check.
#   docker build -t advisor . && docker run -p 8501:8501 advisor
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 10001 advisor
WORKDIR /app

# Dependencies first, from the lock file (the test tools in it are constraints only, never
# installed), so that a change to the app's code reuses this layer.
COPY requirements.lock pyproject.toml README.md ./
COPY advisor ./advisor
RUN pip install --constraint requirements.lock .

COPY app.py ./
COPY pages ./pages
COPY ui ./ui
COPY .streamlit ./.streamlit

USER advisor
EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).status != 200)"]
CMD ["streamlit", "run", "app.py", "--server.address=0.0.0.0", "--server.port=8501"]
