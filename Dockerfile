# syntax=docker/dockerfile:1
#
# One image recipe for every Spring Boot app of the repository, chosen by the MODULE build argument:
#
#   docker build --build-arg MODULE=plan-service -t scibureau/plan-service:0.1.0-SNAPSHOT .
#   docker build --build-arg MODULE=local/auth-server -t scibureau/auth-server:0.1.0-SNAPSHOT .
#
# The build stage does not read MODULE, so its layers are identical for every image: building the seven images
# (docker compose build) compiles the reactor once and reuses the cached stage. See docs/adr/0005.

FROM eclipse-temurin:25.0.3_9-jdk-noble AS build
WORKDIR /workspace
COPY . .
# The Maven repository is a cache mount: dependencies survive source changes without being baked into a layer.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q package -Dmaven.test.skip=true

FROM build AS extract
ARG MODULE
# Boot's layered extraction: dependencies change rarely, the application often, so a rebuild ships a thin layer.
# An app without snapshot dependencies has no such layer; the COPYs below need each directory all the same.
RUN set -eu; \
    test -n "${MODULE}" || { echo "set --build-arg MODULE=<module directory>" >&2; exit 1; }; \
    jar="$(find "${MODULE}/target" -maxdepth 1 -name '*.jar' ! -name '*-plain.jar' ! -name '*-sources.jar')"; \
    test "$(printf '%s' "${jar}" | grep -c . || true)" -eq 1 || { echo "expected one jar in ${MODULE}/target" >&2; exit 1; }; \
    java -Djarmode=tools -jar "${jar}" extract --layers --launcher --destination /layers; \
    mkdir -p /layers/dependencies /layers/spring-boot-loader /layers/snapshot-dependencies /layers/application

FROM eclipse-temurin:25.0.3_9-jre-noble
ARG MODULE
LABEL org.opencontainers.image.source="https://github.com/scibureau/scibureau" \
      org.opencontainers.image.title="scibureau ${MODULE}"
# A fixed numeric uid, so Kubernetes can verify runAsNonRoot; /var/lib/scibureau is the one writable directory an
# app may keep state in (the local auth server's signing key), everything else stays owned by root.
RUN groupadd --system --gid 10001 scibureau \
    && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin scibureau \
    && install -d -o 10001 -g 10001 -m 0700 /var/lib/scibureau
COPY --chmod=0755 deploy/docker/healthcheck.sh /usr/local/bin/healthcheck
WORKDIR /app
COPY --from=extract /layers/dependencies/ ./
COPY --from=extract /layers/spring-boot-loader/ ./
COPY --from=extract /layers/snapshot-dependencies/ ./
COPY --from=extract /layers/application/ ./
USER 10001:10001
# Heap at 65% of the container's memory limit, leaving room for metaspace, threads and Netty's direct buffers;
# an OutOfMemoryError ends the process so the orchestrator restarts it.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=65", "-XX:+ExitOnOutOfMemoryError", "org.springframework.boot.loader.launch.JarLauncher"]
