#!/usr/bin/env bash
# docker/compose.yaml end to end, as CI runs it (.ci/run, after the Maven passes). From the
# repository's root, as root, after the README's first command has built the jar:
#
#   mvn -q package -DskipTests && bash docker/compose-test.sh
#
# It installs what is missing (Debian's docker.io, docker-compose, debootstrap), starts dockerd when
# none runs (keeping it off iptables and IP forwarding) and stops it again, and takes the JRE base
# eclipse-temurin:17-jre or, where Docker Hub is out of reach, makes one from Debian's packages and
# keeps it as gridpool/jre:17-debian-bookworm. It builds the image from the jar and runs the driver
# three times with one seed and one sample count:
#
#   1. on 3 members: one grid, the report lists 3 members, each with a share;
#   2. on 2 members scaled to 4 mid-run: the 2 new members get work;
#   3. on 4 members, one stopped (SIGTERM: it drains) and another killed mid-run;
#
# and every run must print the same pi to the last digit. It prints each step's time, removes what
# it started (containers, network, its image tag, the dockerd it started), also after a failure,
# and exits non-zero naming the step that failed.
#
# Environment: PI_SAMPLES (default 3e9), PI_SEED (default 18), JRE_IMAGE (a base to use instead),
# COMPOSE (the Compose command; default `docker compose` if present, else docker-compose),
# DOCKER (the docker client; default docker, or /usr/bin/docker if that one cannot talk to the engine).
set -euo pipefail

cd "$(dirname "$0")/.."
samples=${PI_SAMPLES:-3e9}
seed=${PI_SEED:-18}
project=gridpool-compose-test
tag=compose-test
image=gridpool/pi-demo:$tag
debian_base=gridpool/jre:17-debian-bookworm
jar=pi-demo-app/target/pi-demo-app-exec.jar
work=$(mktemp -d "${TMPDIR:-/tmp}/compose-test.XXXXXX")

say() { echo "compose-test: $*"; }
die() { echo "compose-test: $*" >&2; exit 1; }

# --- steps and their times; the EXIT trap cleans up and names the step that failed -------------

current=""
times=()
step() { # step NAME FUNCTION [ARGS...]
    current=$1
    shift
    local start
    start=$(date +%s%N)
    say "--- $current"
    "$@"
    local seconds
    seconds=$(awk -v ns=$(($(date +%s%N) - start)) 'BEGIN { printf "%.1f", ns / 1e9 }')
    times+=("$(printf '  %-40s %7s s' "$current" "$seconds")")
    say "    $current: $seconds s"
    current=""
}

finish() {
    local status=$? failed=$current
    trap - EXIT INT TERM
    set +e
    [[ -z $failed || -z ${project_started:-} ]] || member_logs
    current=""
    step "clean up" cleanup
    say "step times:"
    printf '%s\n' "${times[@]}"
    (( status == 0 )) && say "passed" || say "FAILED in step '${failed:-?}' (exit status $status)" >&2
    exit "$status"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- setup ----------------------------------------------------------------------------------------

install_missing() {
    (( EUID == 0 )) || die "run me as root: I install packages and may start dockerd"
    local missing=()
    command -v dockerd >/dev/null || missing+=(docker.io)
    command -v docker-compose >/dev/null || docker compose version >/dev/null 2>&1 || missing+=(docker-compose)
    command -v debootstrap >/dev/null || missing+=(debootstrap)
    if (( ${#missing[@]} == 0 )); then
        say "docker.io, docker-compose and debootstrap are installed"
        return
    fi
    say "installing ${missing[*]}"
    # Debian's docker.io would start the engine as a service, with its iptables rules: keep it
    # from starting services during the install, as a Docker build does, unless a policy exists
    local policy=/usr/sbin/policy-rc.d installed=0
    [[ -e $policy ]] || { printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy" && own_policy=$policy; }
    DEBIAN_FRONTEND=noninteractive apt-get update -qq \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
        && installed=1
    [[ -z ${own_policy:-} ]] || rm -f "$own_policy"
    (( installed )) || die "apt-get could not install ${missing[*]}"
}

docker_cli=${DOCKER:-docker}
dk() { "$docker_cli" "$@"; }

start_engine() {
    if dk info >/dev/null 2>&1; then
        say "using the Docker engine that runs already"
    else
        [[ -e /sys/class/net/docker0 ]] || docker0_created=1 # the engine makes its default bridge
        # No iptables rules, no FORWARD policy, no IP forwarding: the grid's containers talk over
        # their bridge, and nothing of this engine is left in the host's firewall when it stops.
        dockerd --iptables=false --ip-forward=false --ip-masq=false > "$work/dockerd.log" 2>&1 &
        dockerd_pid=$!
        local deadline=$((SECONDS + 60))
        until dk info >/dev/null 2>&1; do
            kill -0 "$dockerd_pid" 2>/dev/null || { tail -n 20 "$work/dockerd.log" >&2; die "dockerd exited"; }
            (( SECONDS < deadline )) || { tail -n 20 "$work/dockerd.log" >&2; die "dockerd not up after 60 s"; }
            sleep 0.5
        done
        say "started dockerd (pid $dockerd_pid; log $work/dockerd.log)"
    fi
    if ! dk version >/dev/null 2>&1 && [[ $docker_cli != /usr/bin/docker && -x /usr/bin/docker ]]; then
        docker_cli=/usr/bin/docker
    fi
    dk version --format 'client {{.Client.Version}} (API {{.Client.APIVersion}}), engine {{.Server.Version}} (API {{.Server.APIVersion}})' \
        || die "$docker_cli cannot talk to the engine"
    if [[ -n ${COMPOSE:-} ]]; then
        read -r -a compose_cmd <<< "$COMPOSE"
    elif dk compose version >/dev/null 2>&1; then
        compose_cmd=("$docker_cli" compose)
    else
        compose_cmd=(docker-compose)
    fi
    say "compose: ${compose_cmd[*]} ($("${compose_cmd[@]}" version --short 2>/dev/null || echo '?'))"
    dangling_before=$(dk images -q --no-trunc -f dangling=true | sort)
}

compose() { "${compose_cmd[@]}" -p "$project" -f docker/compose.yaml "$@"; }

find_jre_base() {
    if [[ -n ${JRE_IMAGE:-} ]]; then
        jre=$JRE_IMAGE
        dk image inspect "$jre" >/dev/null 2>&1 || dk pull "$jre" || die "cannot pull JRE_IMAGE=$jre"
    elif dk image inspect eclipse-temurin:17-jre >/dev/null 2>&1; then
        jre=eclipse-temurin:17-jre
    elif dk image inspect "$debian_base" >/dev/null 2>&1; then
        jre=$debian_base
    elif timeout 120 "$docker_cli" pull eclipse-temurin:17-jre; then
        jre=eclipse-temurin:17-jre
    else
        say "eclipse-temurin:17-jre cannot be pulled; making $debian_base from Debian's packages"
        build_debian_base
        jre=$debian_base
    fi
    say "JRE base: $jre ($(dk run --rm --entrypoint java "$jre" -version 2>&1 | grep -v 'IPv4 forwarding' | head -n 1))"
}

# Debian 12's OpenJDK 17 headless JRE on a minimal Debian, from the mirror this machine's apt uses.
build_debian_base() {
    rootfs=$(mktemp -d /var/tmp/gridpool-jre.XXXXXX)
    local mirror
    mirror=$(grep -shoE '^[[:space:]]*(URIs:|deb([[:space:]]+\[[^]]*\])?)[[:space:]]+[a-z]+://[^[:space:]]+' \
        /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources \
        | awk '{ print $NF }' | grep -E '/debian/?$' | head -n 1 || true)
    say "debootstrap bookworm from ${mirror:-the default mirror of debootstrap}"
    debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm "$rootfs" ${mirror:+"$mirror"} \
        > "$work/debootstrap.log" 2>&1 || { tail -n 20 "$work/debootstrap.log" >&2; die "debootstrap failed"; }
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
    tar -C "$rootfs" -c . | dk import --change 'ENV LANG=C.UTF-8' \
        --message "Debian 12 minbase with openjdk-17-jre-headless, by docker/compose-test.sh" - "$debian_base" >/dev/null
    remove_rootfs
}

remove_rootfs() {
    [[ -n ${rootfs:-} && -d $rootfs ]] || return 0
    # a failed debootstrap can leave /proc or /sys mounted inside: unmount before removing anything
    awk -v under="$rootfs/" 'index($2, under) == 1 { print $2 }' /proc/self/mounts | sort -r | xargs -r -n 1 umount -l
    rm -rf --one-file-system "$rootfs"
    rootfs=""
}

build_image() {
    [[ -f $jar ]] || die "$jar is missing: build it first with the README's first command (mvn -q package -DskipTests)"
    export JRE_IMAGE=$jre PI_DEMO_TAG=$tag
    # (the engine started here warns of IP forwarding at each step: the grid needs none)
    compose build member 2>&1 | grep -v 'IPv4 forwarding is disabled'
    dk image inspect "$image" >/dev/null || die "the build made no $image"
    dk history --format '  {{.Size}}\t{{.CreatedBy}}' "$image" > "$work/history"
    sed -n '1,9s/^\(.\{1,110\}\).*/\1/p' "$work/history"
}

# --- the grid -------------------------------------------------------------------------------------

members() { # the running member containers' ids, oldest first
    dk ps -q --no-trunc --filter "label=com.docker.compose.project=$project" \
        --filter label=com.docker.compose.service=member | tac
}

address_of() { dk inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' "$1"; }

# Whether a container's output has a line matching PATTERN. (Not grep -q: with pipefail, the
# client's SIGPIPE when grep stops reading early would count as "no".)
logs_have() { dk logs "$1" 2>&1 | grep -E "$2" > /dev/null; }

# Waits until every running member has printed its READY line (it has joined its grid).
await_ready() {
    local want=$1 deadline=$((SECONDS + 180)) ready id
    while :; do
        ready=0
        for id in $(members); do
            ! logs_have "$id" '^READY ' || ready=$((ready + 1))
        done
        (( ready >= want )) && break
        (( SECONDS < deadline )) || die "$ready of $want members ready after 180 s"
        sleep 1
    done
    for id in $(members); do
        dk logs "$id" 2>&1 | sed -n "s/^READY /  $(address_of "$id"): READY /p"
    done
}

start_members() {
    project_started=1
    compose up --no-start member
    allow_bridge
    compose up -d --scale member=3 member
    await_ready 3
}

# Bridged traffic crosses the host's FORWARD chain (br_netfilter). The engine started here adds no
# rules; if the chain's policy drops, let the grid's own bridge through, and take it out at the end.
allow_bridge() {
    [[ -n ${dockerd_pid:-} ]] && command -v iptables >/dev/null || return 0
    [[ $(iptables -S FORWARD 2>/dev/null | sed -n 's/^-P FORWARD //p') != ACCEPT ]] || return 0
    local id
    id=$(dk network inspect -f '{{.Id}}' "${project}_grid")
    bridge=br-${id:0:12}
    iptables -I FORWARD -i "$bridge" -o "$bridge" -j ACCEPT
    say "FORWARD drops by default: accepting $bridge to $bridge until the end"
}

# --- the driver's runs ----------------------------------------------------------------------------

driver_start() { # driver_start NAME: in the background, its output in $work/NAME.out
    compose run --rm -T --name "$project-$1" driver --samples="$samples" --seed="$seed" --await-members=member \
        > "$work/$1.out" 2>&1 < /dev/null &
    driver_pid=$!
}

# Waits for the driver; prints its report, or all it printed if it failed.
driver_wait() {
    local status=0
    wait "$driver_pid" || status=$?
    driver_pid=""
    if (( status != 0 )); then
        sed 's/^/  | /' "$1"
        die "the driver exited with status $status"
    fi
    grep -E '^(pi ~= |Finished in: |samples: |speed: |error: |mode: |  [0-9.]+:[0-9]+ )' "$1" | sed 's/^/  | /'
    local logged
    logged=$(grep -cE '^[0-9-]+T[0-9:.]+Z +(WARN|ERROR) ' "$1" || true)
    (( logged == 0 )) || say "(and $logged warnings of the driver's Hazelcast client, e.g. on losing a member)"
}

await_progress() { # the run is under way: the driver has counted its first tenth
    local deadline=$((SECONDS + 240))
    until grep -q '^progress: ' "$1"; do
        kill -0 "$driver_pid" 2>/dev/null || { cat "$1" >&2; die "the driver ended before its run got going"; }
        (( SECONDS < deadline )) || { cat "$1" >&2; die "no progress after 240 s"; }
        sleep 0.5
    done
}

pi_of() { sed -n 's/^pi ~= //p' "$1"; }
# The report's member lines, "ADDRESS PERCENT SAMPLES": "  172.28.0.2:5701   35.6%  355,700,000 samples".
shares() { awk '/^  [0-9.]+:[0-9]+ +[0-9.]+% +[0-9,]+ samples$/ { print $1, $2, $3 }' "$1"; }

share_of() { # share_of REPORT ADDRESS: its samples, 0 if it is not listed
    shares "$1" | awk -v a="$2:5701" '$1 == a { gsub(",", "", $3); print $3; found = 1 } END { if (!found) print 0 }'
}

same_pi() {
    local pi
    pi=$(pi_of "$1")
    [[ -n $pi && $pi == "$reference_pi" ]] || die "pi was '$pi', the undisturbed run's was $reference_pi"
    say "pi $pi, digit for digit the undisturbed run's"
}

run_on_three() {
    local out=$work/three.out id
    driver_start three
    driver_wait "$out"
    reference_pi=$(pi_of "$out")
    [[ -n $reference_pi ]] || die "the driver printed no pi"
    grep -q '^mode: grid, 3 members' "$out" || die "the driver did not see one grid of 3 members"
    (( $(shares "$out" | wc -l) == 3 )) || die "the report does not list 3 members"
    for id in $(members); do
        (( $(share_of "$out" "$(address_of "$id")") > 0 )) || die "member $(address_of "$id") got no work"
    done
}

# Starts on 2 members and scales to 4 once the run is under way. The driver is frozen (docker pause)
# from then until the new members have joined, 40 s at most, so that they join mid-run on a machine
# of any speed; the run then goes on over 4 members.
run_scaled_up() {
    local out=$work/scaled.out id old
    compose up -d --scale member=2 --no-recreate member
    old=$(members)
    driver_start scaled
    await_progress "$out"
    dk pause "$project-scaled" >/dev/null
    compose up -d --scale member=4 --no-recreate member
    local deadline=$((SECONDS + 40)) joined=0
    while (( joined < 2 && SECONDS < deadline )); do
        joined=0
        for id in $(members); do
            grep -q "$id" <<< "$old" || ! logs_have "$id" '^READY ' || joined=$((joined + 1))
        done
        sleep 1
    done
    dk unpause "$project-scaled" >/dev/null
    say "the driver was paused for $((SECONDS + 40 - deadline)) s, while $joined of the 2 new members joined"
    for id in $(members); do
        grep -q "$id" <<< "$old" || dk logs "$id" 2>&1 | sed -n "s/^READY /  $(address_of "$id"): READY /p"
    done
    driver_wait "$out"
    same_pi "$out"
    local got
    for id in $(members); do
        grep -q "$id" <<< "$old" && continue
        got=$(share_of "$out" "$(address_of "$id")")
        (( got > 0 )) || die "the new member $(address_of "$id") got no work"
        say "new member $(address_of "$id") counted $got samples"
    done
}

# On 4 members: one is stopped as Compose stops a container (SIGTERM, 45 s grace: it drains and
# leaves), then another is killed, both mid-run.
run_disturbed() {
    local out=$work/disturbed.out stopped killed stopped_at killed_at stop_start
    [[ $(members | wc -l) -eq 4 ]] || die "4 members expected before the disturbed run"
    stopped=$(members | sed -n 1p)
    killed=$(members | sed -n 2p)
    stopped_at=$(address_of "$stopped")
    killed_at=$(address_of "$killed")
    driver_start disturbed
    await_progress "$out"
    stop_start=$SECONDS
    dk stop --time 45 "$stopped" >/dev/null
    say "docker stop took $((SECONDS - stop_start)) s; exit status $(dk inspect -f '{{.State.ExitCode}}' "$stopped")"
    dk logs "$stopped" 2>&1 | sed -nE "s/^(DRAINING|STOPPED) /  $stopped_at: &/p"
    logs_have "$stopped" '^STOPPED ' || die "the stopped member $stopped_at did not drain and stop"
    kill -0 "$driver_pid" 2>/dev/null || die "the run was over before a member was killed: raise PI_SAMPLES"
    dk kill "$killed" >/dev/null
    say "stopped $stopped_at (drained), killed $killed_at"
    kill -0 "$driver_pid" 2>/dev/null || die "the run was over when the member was killed: raise PI_SAMPLES"
    driver_wait "$out"
    same_pi "$out"
}

member_logs() {
    local id
    for id in $(dk ps -aq --filter "label=com.docker.compose.project=$project" --filter label=com.docker.compose.service=member); do
        echo "--- last lines of member $id ($(address_of "$id"))" >&2
        dk logs "$id" 2>&1 | tail -n 15 >&2
    done
}

# --- clean up -------------------------------------------------------------------------------------

cleanup() {
    [[ -z ${driver_pid:-} ]] || kill "$driver_pid" 2>/dev/null
    if [[ -n ${project_started:-} ]]; then
        dk ps -aq --filter "label=com.docker.compose.project=$project" | xargs -r "$docker_cli" rm -f >/dev/null
        compose down --remove-orphans 2>&1 | grep -v '^Removing network' || true
    fi
    [[ -z ${bridge:-} ]] || iptables -D FORWARD -i "$bridge" -o "$bridge" -j ACCEPT 2>/dev/null
    if [[ -n ${dangling_before+set} ]]; then
        dk image rm "$image" >/dev/null 2>&1
        # the classic builder keeps the stage that cuts the jar into layers as an unnamed image
        comm -13 <(echo "$dangling_before") <(dk images -q --no-trunc -f dangling=true | sort) \
            | xargs -r "$docker_cli" image rm >/dev/null 2>&1
    fi
    remove_rootfs
    if [[ -n ${dockerd_pid:-} ]]; then
        kill -TERM "$dockerd_pid" 2>/dev/null
        local deadline=$((SECONDS + 60))
        while kill -0 "$dockerd_pid" 2>/dev/null && (( SECONDS < deadline )); do sleep 0.2; done
        kill -KILL "$dockerd_pid" 2>/dev/null
        wait "$dockerd_pid" 2>/dev/null
        [[ -z ${docker0_created:-} ]] || ip link delete docker0 2>/dev/null
        say "stopped the dockerd it had started"
    fi
    rm -rf "$work"
}

step "install what is missing" install_missing
step "start the Docker engine" start_engine
step "JRE base image" find_jre_base
step "build the image" build_image
step "start 3 members" start_members
step "run on 3 members" run_on_three
step "run on 2 members scaled to 4" run_scaled_up
step "run with a member stopped, one killed" run_disturbed
