# ruslink's app image; the database runs in its own container (see docker-compose.yml).
FROM python:3.11-slim
# Graphviz lays out the diagrams, cairo draws their PNG exports, DejaVu Sans is the font they are measured in.
RUN apt-get update && apt-get install -y --no-install-recommends graphviz libcairo2 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /srv/ruslink
COPY pyproject.toml README.md ./
COPY app ./app
COPY graph ./graph
COPY cypher ./cypher
COPY importers ./importers
COPY viz ./viz
RUN pip install --no-cache-dir . && rm -rf app graph cypher importers viz
# The installed package carries the Cypher catalogue as package data; nothing is read from the checkout.
RUN useradd --system ruslink
USER ruslink
EXPOSE 8000
CMD ["ruslink", "serve", "--host", "0.0.0.0", "--port", "8000"]
