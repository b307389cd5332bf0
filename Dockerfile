# The web service: Django under gunicorn, static files collected at build time and served by
# whitenoise. Build: docker compose build. See docs/operations.md.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    LIANGHUI_VAR_DIR=/app/var

RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --home-dir /app --no-create-home app

WORKDIR /app
COPY . .

# collectstatic imports the settings, which refuse DJANGO_DEBUG=0 without a key: this one only
# exists during the build and signs nothing. The real key comes from the environment at run time.
RUN pip install . \
    && DJANGO_DEBUG=0 DJANGO_SECRET_KEY=build-time-only-collectstatic-signs-nothing-0123456789abcdef python manage.py collectstatic --noinput \
    && mkdir -p /app/var \
    && chown -R app:app /app/var

USER app
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["python", "deploy/healthcheck.py"]
ENTRYPOINT ["deploy/entrypoint.sh"]
CMD ["gunicorn", "--config", "gunicorn.conf.py", "config.wsgi:application"]
