# The API (or UI) image with its Java AOT cache, trained like the functions' (aot-cache.Dockerfile) but against a real
# PostgreSQL, so that the cache holds the classes of the sign-in, JDBC and Micronaut Data paths a start from zero runs:
#   docker build -f deploy/images/api-aot-cache.Dockerfile --build-arg IMAGE=<jib image of api-function> -t <image> deploy/images
#   docker build -f deploy/images/api-aot-cache.Dockerfile --build-arg IMAGE=<jib image of ui> --build-arg APP=ui \
#     --build-arg API_IMAGE=<jib image of api-function> -t <image> deploy/images
# The training stage runs the image's own JRE and /app (copied with their timestamps, which the cache checks) beside a
# throwaway PostgreSQL from the postgres image; api-training.sh starts the app with -XX:AOTCacheOutput, signs in,
# reads vacancies (the UI: renders the login and a vacancy page through an API started beside it) and stops it. Only
# the cache goes into the final image. Not built on the project's machines (no Docker daemon there): bench/zero.sh's
# aot25 setup runs the same training on the host, and docs/benchmarks.md gives its figures.
ARG IMAGE
ARG API_IMAGE=${IMAGE}
ARG POSTGRES=postgres:16-bookworm
FROM ${IMAGE} AS app
FROM ${API_IMAGE} AS api

FROM ${POSTGRES} AS training
ARG APP=api
# The chart's javaToolOptions (= the images' JAVA_TOOL_OPTIONS), as the cache must be trained with them.
ARG JAVA_TOOL_OPTIONS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
COPY --from=app /opt/java/openjdk /opt/java/openjdk
COPY --from=app /app /app
COPY --from=api /app /api
COPY api-training.sh /api-training.sh
RUN JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS" sh /api-training.sh "$APP"

FROM ${IMAGE}
COPY --from=training --chown=10001:10001 /app/app.aot /app/app.aot
# As the functions' images: JDK_JAVA_OPTIONS leaves the chart's JAVA_TOOL_OPTIONS alone; no replay of the training's
# profiles (C1 uses none); a JVM that cannot use the cache starts without it.
ENV JDK_JAVA_OPTIONS="-XX:AOTCache=/app/app.aot -XX:+UnlockDiagnosticVMOptions -XX:-AOTReplayTraining"
