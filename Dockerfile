# syntax=docker/dockerfile:1.7
#
# MoleculeFlow production image: one image for both ECS services (API service with WORKERS_ENABLED=false,
# worker service with workers on). Build from the repository root:
#
#   docker build -t moleculeflow:dev-main-abc1234 \
#     --build-arg VERSION=dev-main-abc1234 --build-arg REVISION=$(git rev-parse HEAD) \
#     --build-arg CREATED=$(date -u +%Y-%m-%dT%H:%M:%SZ) .
#
# Tags (seed, section 4; pushed by .github/workflows/pipeline.yml, see docs/operations.md):
#   dev-{branch}-{short sha}  every push to a branch           ECR lifecycle: 7 days
#   rc-{major}.{minor}.{patch} a git tag v1.2.3                30 days   (staging, UAT)
#   {major}.{minor}.{patch}   the rc- image, re-tagged after the prod approval  1 year    (production)
# `latest` is never deployed: task definitions always name an immutable tag.
#
# Base images are pinned by exact Temurin release tag. Pin the digest too when the image is first built in CI:
#   docker buildx imagetools inspect eclipse-temurin:17.0.17_10-jdk-noble --format '{{json .Manifest.Digest}}'
# and write FROM eclipse-temurin:17.0.17_10-jdk-noble@sha256:<digest> (same for the JRE below).
# digest placeholder: eclipse-temurin:17.0.17_10-jdk-noble@sha256:<pin-in-ci>
# digest placeholder: eclipse-temurin:17.0.17_10-jre-noble@sha256:<pin-in-ci>

############################ build: Maven wrapper on the JDK ############################
FROM eclipse-temurin:17.0.17_10-jdk-noble AS build

WORKDIR /src
# .dockerignore keeps target/, data/, .git and node_modules out of the context.
COPY . .

# Only the deployable and the modules it needs (-am); tests run in the pipeline's build job, not here.
# The cache mount keeps ~/.m2 between builds on the same builder without baking it into a layer.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests -pl app -am package \
 && cp app/target/moleculeflow-app-*.jar /tmp/app.jar

# Layered extraction with the launcher, then drop the embedded PostgreSQL binaries (about 80 MB for four
# platforms): production always has DATABASE_URL, and the app touches zonky only without it. The
# io.zonky.test:embedded-postgres classes stay, so class loading of the local-mode DataSource code still works.
WORKDIR /extract
RUN java -Djarmode=tools -jar /tmp/app.jar extract --layers --launcher --destination /extract \
 && rm -f dependencies/BOOT-INF/lib/embedded-postgres-binaries-*.jar \
 && sed -i '/embedded-postgres-binaries-/d' application/BOOT-INF/classpath.idx \
 && ls dependencies/BOOT-INF/lib/embedded-postgres-*.jar \
 && if ls dependencies/BOOT-INF/lib/ | grep -q 'embedded-postgres-binaries-'; then exit 1; fi

############################ runtime: JRE only ############################
FROM eclipse-temurin:17.0.17_10-jre-noble AS runtime

ARG VERSION=0.1.0-SNAPSHOT
ARG REVISION=unknown
ARG CREATED=unknown
ARG SOURCE_URL=unknown
LABEL org.opencontainers.image.title="MoleculeFlow" \
      org.opencontainers.image.description="Molecular data management and CRO collaboration on a BPMN engine (API and workers)" \
      org.opencontainers.image.vendor="MoleculeFlow" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${CREATED}" \
      org.opencontainers.image.base.name="docker.io/library/eclipse-temurin:17.0.17_10-jre-noble" \
      org.opencontainers.image.source="${SOURCE_URL}"

# A fixed, non-root, non-login user; numeric so Kubernetes/ECS runAsNonRoot checks can verify it.
RUN groupadd --system --gid 10001 moleculeflow \
 && useradd --system --uid 10001 --gid moleculeflow --home-dir /app --shell /usr/sbin/nologin moleculeflow \
 && mkdir -p /app/data \
 && chown moleculeflow:moleculeflow /app/data

WORKDIR /app
# Least-changing layer first, so a code-only change re-pushes about 1 MB.
COPY --from=build /extract/dependencies/ ./
COPY --from=build /extract/spring-boot-loader/ ./
COPY --from=build /extract/snapshot-dependencies/ ./
COPY --from=build /extract/application/ ./

# The image has no embedded PostgreSQL, so it always runs in production mode: DATABASE_URL and SECRET_KEY
# must come from the task definition (Secrets Manager); start-up fails loudly without them.
# JAVA_TOOL_OPTIONS is read by the JVM itself (exec-form ENTRYPOINT, no shell); override it per task if needed.
ENV MOLECULEFLOW_MODE=production \
    PORT=8080 \
    MOLECULEFLOW_DATA_DIR=/app/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75.0 -XX:InitialRAMPercentage=50.0 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp -Dfile.encoding=UTF-8"

USER 10001:10001
EXPOSE 8080

# For docker run / compose; ECS uses the task definition's own health check (same URL, curl ships in the
# Temurin image). 200 only when the database and the engine are up.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS -o /dev/null "http://127.0.0.1:${PORT}/api/v1/health" || exit 1

ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
