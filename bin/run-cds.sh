#!/usr/bin/env bash
# Run Kinerja with a Class Data Sharing archive (Spring Boot's CDS support), for a faster start.
# Usage: bin/run-cds.sh [JAR] [-- JAVA_OPTIONS...]   (default JAR: target/kinerja.jar)
#   e.g. bin/run-cds.sh target/kinerja.jar -- -Xmx1g
# The first call (or the first after the jar changed) extracts the jar into target/cds
# (java -Djarmode=tools -jar JAR extract) and makes the archive with a training run that
# starts the application context on a throwaway embedded database and exits before serving
# (-XX:ArchiveClassesAtExit, -Dspring.context.exit=onRefresh). Every call then starts
# java -XX:SharedArchiveFile=target/cds/kinerja.jsa -jar target/cds/kinerja.jar with the
# environment as given (KINERJA_DATA_DIR, KINERJA_DB_URL, SERVER_PORT, ...).
# The archive is only valid for the same JDK and the same extracted jar: rebuilding either
# makes it again.
set -euo pipefail
jar=target/kinerja.jar
if [[ $# -gt 0 && $1 != -- ]]; then jar=$1; shift; fi
[[ ${1:-} == -- ]] && shift
dir=$(dirname "$jar")/cds
archive=$dir/kinerja.jsa
stamp=$dir/source
want="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar") $(stat -c %Y "$jar") $(java -version 2>&1 | head -1)"
if [[ ! -f $archive || ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
	echo "run-cds: extracting $jar and training the CDS archive (once per build, about a start's time)" >&2
	rm -rf "$dir"
	mkdir -p "$dir"
	cp "$jar" "$dir/kinerja-source.jar"
	java -Djarmode=tools -jar "$dir/kinerja-source.jar" extract --destination "$dir/app" >/dev/null
	rm "$dir/kinerja-source.jar"
	mv "$dir/app/kinerja-source.jar" "$dir/kinerja.jar"
	mv "$dir/app/lib" "$dir/lib"
	rmdir "$dir/app"
	training=$(mktemp -d)
	# The training run uses its own empty embedded database, never the configured one.
	env -u KINERJA_DB_URL -u KINERJA_DB_USER -u KINERJA_DB_PASSWORD KINERJA_DATA_DIR="$training" SERVER_PORT=0 \
		java -XX:ArchiveClassesAtExit="$archive" -Dspring.context.exit=onRefresh -jar "$dir/kinerja.jar" \
		>"$dir/training.log" 2>&1 || { echo "run-cds: training run failed; see $dir/training.log" >&2; rm -rf "$training"; exit 1; }
	rm -rf "$training"
	echo "$want" >"$stamp"
fi
exec java -XX:SharedArchiveFile="$archive" "$@" -jar "$dir/kinerja.jar"
