# syntax=docker/dockerfile:1
# Porter's container image: a locked release build, then a small runtime image that runs
# it as an unprivileged user with its SQLite database under the /data volume.
#
#   docker build -t porter .            (or: podman build -t porter .)
#   docker run -d --name porter --env-file porter.env -v porter-data:/data porter
#
# The token goes in through the environment (DISCORD_TOKEN, e.g. from an env file), never
# into the image. See README.md, "Operations".

ARG RUST_VERSION=1.95
ARG DEBIAN_RELEASE=bookworm

FROM docker.io/library/rust:${RUST_VERSION}-slim-${DEBIAN_RELEASE} AS build
WORKDIR /src
COPY . .
# --locked: exactly the dependency versions in Cargo.lock. The registry and target caches
# only speed up rebuilds; the binary is copied out of the cache before the step ends.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    CARGO_PROFILE_RELEASE_STRIP=symbols cargo build --release --locked --bin porter \
    && install -m 0755 target/release/porter /usr/local/bin/porter

# The same Debian release as the build image, so the binary finds the glibc it was linked
# against. Nothing else is needed: TLS roots are compiled in (webpki-roots) and SQLite is
# bundled.
FROM docker.io/library/debian:${DEBIAN_RELEASE}-slim
RUN groupadd --gid 10001 porter \
    && useradd --uid 10001 --gid porter --home-dir /data --no-create-home --no-log-init \
       --shell /usr/sbin/nologin porter \
    && mkdir /data && chown porter:porter /data && chmod 0700 /data
COPY --from=build /usr/local/bin/porter /usr/local/bin/porter
COPY contrib/healthcheck /usr/local/bin/porter-healthcheck

# The database lives in /data (mount a volume there); .env and config.toml would be read
# from there too. The HTTP listener serves /healthz (the health check below) and /metrics.
ENV DATABASE_URL=sqlite:///data/porter.db \
    PORTER_HTTP_LISTEN=0.0.0.0:9100
VOLUME ["/data"]
WORKDIR /data
EXPOSE 9100
USER porter:porter

# Healthy while every shard of this process is connected and the database answers. The
# start period covers start-up: shards connect 5 seconds apart.
HEALTHCHECK --interval=30s --timeout=5s --start-period=2m --retries=3 \
    CMD ["/usr/local/bin/porter-healthcheck"]

# Porter stops cleanly on SIGTERM (the default stop signal): it finishes the work under
# way (up to 10 seconds), then closes its shards and the database. Give it the time:
# `docker stop -t 30`, or `stop_grace_period` in compose.yaml.
ENTRYPOINT ["/usr/local/bin/porter"]
