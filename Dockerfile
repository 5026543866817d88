FROM python:3.11-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    LINIMASA_DATABASE_URL=sqlite:////data/linimasa.db
COPY pyproject.toml README.md alembic.ini ./
COPY app ./app
RUN pip install --no-cache-dir .
COPY migrations ./migrations
COPY templates ./templates
COPY static ./static
COPY seeds ./seeds
RUN mkdir -p /data
VOLUME /data
EXPOSE 8000
# serve migrates the database and loads seeds/ when it holds no articles, like `make run`
CMD ["linimasa", "serve", "--host", "0.0.0.0", "--port", "8000"]
