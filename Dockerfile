# aigc-guard as a container: small (python slim, CPU-only torch), non-root, with a health
# check on /healthz. Build from the repository root: docker build -t aigc-guard .
# Run: docker run -p 8080:8080 -e AIGC_GUARD_AUDIT_KEY=... aigc-guard \
#        --upstream https://api.openai.com --policy policies/default.yaml
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/aigc-guard
ENV PATH=/opt/aigc-guard/bin:$PATH
# The CPU build of torch first: a bare "torch" requirement pulls a CUDA build of several GB.
RUN pip install --index-url https://download.pytorch.org/whl/cpu torch==2.13.0
WORKDIR /src
COPY pyproject.toml README.md ./
COPY aigc_guard ./aigc_guard
RUN pip install '.[postgres,redis]'

FROM python:3.11-slim
ENV PATH=/opt/aigc-guard/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1
RUN useradd --system --uid 10001 --user-group --create-home --home-dir /srv/aigc-guard guard
COPY --from=build /opt/aigc-guard /opt/aigc-guard
COPY policies /srv/aigc-guard/policies
COPY models /srv/aigc-guard/models
WORKDIR /srv/aigc-guard
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=90s --retries=3 \
    CMD ["python", "-c", "import urllib.request as u; u.urlopen('http://127.0.0.1:8080/healthz', timeout=2)"]
ENTRYPOINT ["aigc-guard", "serve", "--host", "0.0.0.0", "--port", "8080"]
CMD ["--upstream", "http://upstream:8000", "--policy", "policies/default.yaml"]
