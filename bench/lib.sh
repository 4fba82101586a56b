# One way each to build a classpath, launch the web app, pick a port and read wrk's figures, for the
# bench scripts and bin/run. Source it from a checkout's root: `source bench/lib.sh`.

# build_classpath MODULE PHASE: builds MODULE and the modules it needs up to PHASE, tests not run, in
# one reactor run (so sibling modules resolve to their freshly compiled classes, installed or not), and
# prints its dependencies' classpath, test scope included; the module's own classes are the caller's to
# add. Builds the checkout in the current directory; Maven's output goes to stderr.
build_classpath() {
  local module="$1" phase="$2"
  ./mvnw -B -q -pl "$module" -am -DskipTests "$phase" dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="target/$phase.classpath" >&2 || return
  cat "$module/target/$phase.classpath"
}

# app_classpath: builds the web app and prints the classpath it runs on locally, with the in-JVM
# DynamoDB Local and S3 emulator (test scope: they never go into the deployed jar).
app_classpath() {
  local dependencies
  dependencies="$(build_classpath web package)" || return
  echo "web/target/classes:$dependencies"
}

# launch_app CLASSPATH DATA_DIR [ARGUMENTS...]: becomes the web app (exec: call it last, or with &),
# DynamoDB Local and the S3 emulator inside its JVM keeping their data under DATA_DIR. The environment
# configures it (MICRONAUT_ENVIRONMENTS, PORT, ...); APP_JAVA_OPTS go to java.
launch_app() {
  local classpath="$1" data="$2"
  shift 2
  mkdir -p "$(dirname "$data")"
  # shellcheck disable=SC2086 # the options are meant to split into words
  exec java ${APP_JAVA_OPTS:-} -cp "$classpath" io.movierecs.local.LocalLauncher "$data" io.movierecs.web.Application "$@"
}

# free_port: prints a TCP port of 127.0.0.1 that nothing listens on, as the system hands one out.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# wrk_summary: reads the output of `wrk --latency` and prints one line
#   REQUESTS_PER_SECOND P50_MS P99_MS REQUESTS ERRORS
# where errors are socket errors (connect, read, write, timeout) plus answers other than 2xx or 3xx.
wrk_summary() {
  awk '
    function ms(value) {
      if (value ~ /us$/) return substr(value, 1, length(value) - 2) / 1000
      if (value ~ /ms$/) return substr(value, 1, length(value) - 2) + 0
      if (value ~ /m$/) return substr(value, 1, length(value) - 1) * 60000
      if (value ~ /s$/) return substr(value, 1, length(value) - 1) * 1000
      return value + 0
    }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    / requests in / { requests = $1 }
    $1 == "Requests/sec:" { rps = $2 }
    /Socket errors:/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
    /Non-2xx or 3xx responses:/ { errors += $NF }
    END { printf "%s %.2f %.2f %d %d\n", rps, p50, p99, requests, errors }'
}
