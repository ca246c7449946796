#!/usr/bin/env bash
# The topology of docker/compose.yaml without Docker: N grid members started from the built jar
# with the environment that compose.yaml gives its member service, then the driver with the
# driver's environment; prints the driver's report and stops every member it started, also on
# Ctrl-C or a failure (SIGTERM, so they drain, as `docker compose down` does).
#
#   docker/local-cluster.sh N [driver options]      e.g.  docker/local-cluster.sh 3 --samples=1e10
#
# The driver options default to --samples=1e9. Where one machine differs from a Compose network:
# each member gets a port of its own (GRIDPOOL_PORT) and a member list that names them all
# (GRIDPOOL_MEMBERS), where Compose gives every container port 5701 and an address of its own, and
# the members find each other by the service's DNS name (GRIDPOOL_SERVICE_DNS); the interface is
# loopback; and the cluster is named after this run, so it never meets another grid on this machine.
#
# Environment: PI_JAR (default pi-demo-app/target/pi-demo-app-exec.jar), JAVA (default java),
# JAVA_OPTS for every JVM (default -Xmx512m), PI_BASE_PORT (first port tried, default 5801),
# PI_LOGS (a folder for the members' logs; default a new temporary folder).
set -euo pipefail

if [[ $# -lt 1 || ! $1 =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 N [driver options, default --samples=1e9]" >&2
    exit 2
fi
count=$1
shift
[[ $# -gt 0 ]] || set -- --samples=1e9

root=$(cd "$(dirname "$0")/.." && pwd)
jar=${PI_JAR:-$root/pi-demo-app/target/pi-demo-app-exec.jar}
java=${JAVA:-java}
read -r -a java_opts <<< "${JAVA_OPTS:--Xmx512m}"
if [[ ! -f $jar ]]; then
    echo "local-cluster: $jar is missing; build it first: mvn -q package -DskipTests" >&2
    exit 2
fi
logs=${PI_LOGS:-$(mktemp -d "${TMPDIR:-/tmp}/pi-local-cluster.XXXXXX")}
mkdir -p "$logs"
cluster="pi-local-$$"

say() { echo "local-cluster: $*"; }

# The first $count ports from PI_BASE_PORT on that nothing listens on.
ports=()
port=${PI_BASE_PORT:-5801}
while (( ${#ports[@]} < count )); do
    (( port < 65536 )) || { say "no free ports" >&2; exit 1; }
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        ports+=("$port")
    fi
    port=$((port + 1))
done
members=$(printf '127.0.0.1:%s,' "${ports[@]}")
members=${members%,}

# What compose.yaml's x-grid block and the driver's GRIDPOOL_MEMBERS set, for this machine.
grid_env=(
    GRIDPOOL_CLUSTER_NAME="$cluster"
    GRIDPOOL_MEMBERS="$members"
    GRIDPOOL_INTERFACE=127.0.0.1
    GRIDPOOL_CONFIG="$root/config/hazelcast-member.yaml"
    GRIDPOOL_CLIENT_CONFIG="$root/config/hazelcast-client.yaml"
    GRIDPOOL_DRAIN_SECONDS=30
)

pids=()
stop_members() {
    trap - EXIT INT TERM
    (( ${#pids[@]} > 0 )) || return 0
    kill -TERM "${pids[@]}" 2>/dev/null || true
    # they drain (30 s at most, GRIDPOOL_DRAIN_SECONDS) and leave the grid; after a minute, kill -9
    local deadline=$((SECONDS + 60)) pid
    for pid in "${pids[@]}"; do
        while kill -0 "$pid" 2>/dev/null && (( SECONDS < deadline )); do
            sleep 0.2
        done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    say "stopped ${#pids[@]} members (logs in $logs)"
}
trap stop_members EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

for i in "${!ports[@]}"; do
    log="$logs/member-$((i + 1)).log"
    env "${grid_env[@]}" GRIDPOOL_PORT="${ports[$i]}" \
        "$java" "${java_opts[@]}" -jar "$jar" --role=member > "$log" 2>&1 < /dev/null &
    pids+=("$!")
    say "member $((i + 1)) on 127.0.0.1:${ports[$i]}, pid $!, log $log"
done

deadline=$((SECONDS + 120))
for i in "${!pids[@]}"; do
    log="$logs/member-$((i + 1)).log"
    until grep -q '^READY ' "$log"; do
        if ! kill -0 "${pids[$i]}" 2>/dev/null; then
            say "member $((i + 1)) exited before it was ready:" >&2
            tail -n 20 "$log" >&2
            exit 1
        fi
        if (( SECONDS >= deadline )); then
            say "member $((i + 1)) was not ready after 120 s:" >&2
            tail -n 20 "$log" >&2
            exit 1
        fi
        sleep 0.2
    done
done
say "$count members ready in grid $cluster"

status=0
env "${grid_env[@]}" "$java" "${java_opts[@]}" -jar "$jar" --await-members="$count" "$@" || status=$?
exit "$status"
