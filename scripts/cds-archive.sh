#!/usr/bin/env bash
# Class data sharing for a faster start (Spring Boot's CDS support): extracts the packaged
# jar and records the classes loaded up to the application context's refresh in an
# archive, which later starts map instead of loading and verifying each class again.
#
#   scripts/cds-archive.sh                          # app jar -> target/cds/
#   JAR=benchmarks-bare/target/whatworks-benchmarks-bare-1.0.0-SNAPSHOT.jar OUT=target/cds-bare scripts/cds-archive.sh
#
# Then start with the extracted jar and the archive (same JDK, same classpath):
#   java -XX:SharedArchiveFile=target/cds/app.jsa -jar target/cds/whatworks-app-1.0.0-SNAPSHOT.jar
# The archive belongs to one build: make it again after every build.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-app/target/whatworks-app-1.0.0-SNAPSHOT.jar}
OUT=${OUT:-target/cds}
[[ -f "$JAR" ]] || { echo "no $JAR: build it first (./mvnw -pl app -am package -DskipTests)" >&2; exit 2; }
rm -rf "$OUT"
java -Djarmode=tools -jar "$JAR" extract --destination "$OUT" >/dev/null
# the training run: starts the context (content loaded, index built) and exits at refresh
(cd "$OUT" && java -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh \
  -jar "$(basename "$JAR")" --server.port=0 --logging.level.root=WARN >/dev/null)
echo "java -XX:SharedArchiveFile=$OUT/app.jsa -jar $OUT/$(basename "$JAR")"
