#!/usr/bin/env bash
# The load suite (issue 7): every scenario against Kitty and its baselines, each measurement repeated with the targets
# interleaved (k1 s1 i1 k2 s2 i2 …, so drift over the run hits every target alike), the server pinned to one core and
# the load generator to another, then `Kitty.LoadTests report` appends medians, ratios and charts to RESULTS.md.
# Usage and knobs: tests/Kitty.LoadTests/README.md, "Running the suite", or --help.
set -euo pipefail
# One block, parsed whole before it runs: editing or pulling this file during a long suite cannot derail the running one.
{

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)

usage() {
    cat <<'EOF'
Usage: tests/Kitty.LoadTests/run-suite.sh [options] [-- extra options for every run]
  --scenarios "A B"     scenarios to run (fanout rooms bigroom; env SCENARIOS)
  --targets "A B"       targets of each scenario (kitty signalr socketio; env TARGETS)
  --repetitions N       runs of each measurement on each target (3; env REPETITIONS)
  --sweep-rates "R …"   offered loads (msg/s) of the rooms latency sweep (250 500 1000 2000 4000; env SWEEP_RATES)
  --sweep-seconds S     length of each sweep run: --messages = rate × S (30; env SWEEP_SECONDS)
  --no-sweep            skip the latency sweep
  --no-pin              do not pin the server and the load generator to separate cores
  --quick               small sizes, 1 repetition, fanout and a 3-point sweep: to try the script, not to measure
  --results FILE        the Markdown file the section is appended to (RESULTS.md; --quick: results/<run>.md)
  --no-report           only run and record (report later with `Kitty.LoadTests report --input FILE.jsonl`)
  --no-build            use the Release build that is there
Env: SERVER_CPUS (0) and CLIENT_CPUS (1) are the taskset lists used when pinning; RUN_TIMEOUT (900) caps one run in seconds.
EOF
}

scenarios=${SCENARIOS:-}
targets=${TARGETS:-"kitty signalr socketio"}
repetitions=${REPETITIONS:-}
sweep_rates=${SWEEP_RATES:-}
sweep_seconds=${SWEEP_SECONDS:-}
server_cpus=${SERVER_CPUS:-0}
client_cpus=${CLIENT_CPUS:-1}
run_timeout=${RUN_TIMEOUT:-900}
sweep=1 pin=1 quick=0 report=1 build=1 results_md=""
extra=()
invocation="tests/Kitty.LoadTests/run-suite.sh$( [ $# -eq 0 ] || printf ' %q' "$@")"

while [ $# -gt 0 ]; do
    case "$1" in
        --scenarios) scenarios=$2; shift 2 ;;
        --targets) targets=$2; shift 2 ;;
        --repetitions) repetitions=$2; shift 2 ;;
        --sweep-rates) sweep_rates=$2; shift 2 ;;
        --sweep-seconds) sweep_seconds=$2; shift 2 ;;
        --no-sweep) sweep=0; shift ;;
        --no-pin) pin=0; shift ;;
        --quick) quick=1; shift ;;
        --results) results_md=$2; shift 2 ;;
        --no-report) report=0; shift ;;
        --no-build) build=0; shift ;;
        -h|--help) usage; exit 0 ;;
        --) shift; extra=("$@"); break ;;
        *) echo "Unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
done

if [ "$quick" = 1 ]; then
    scenarios=${scenarios:-fanout}
    repetitions=${repetitions:-1}
    sweep_rates=${sweep_rates:-"100 200 400"}
    sweep_seconds=${sweep_seconds:-3}
else
    scenarios=${scenarios:-"fanout rooms bigroom"}
    repetitions=${repetitions:-3}
    sweep_rates=${sweep_rates:-"250 500 1000 2000 4000"}
    sweep_seconds=${sweep_seconds:-30}
fi

# Sizes on top of each scenario's preset (LoadOptions.Preset): none for a real run, tiny ones for --quick.
sizes() {
    [ "$quick" = 1 ] || return 0
    case "$1" in
        fanout) echo "--sessions 50 --messages 100 --senders 2" ;;
        rooms) echo "--rooms 10 --sessions 100 --senders 50 --messages 600 --rate 200" ;;
        bigroom) echo "--sessions 300 --messages 20 --senders 2" ;;
        # Senders wait for each acknowledgement: 5 a room keep up with the offered rate even on a busy machine.
        sweep) echo "--rooms 10 --sessions 100 --senders 50" ;;
    esac
}

# --- measurements: "scenario options…", each run on every target in turn ---
measurements=()
for scenario in $scenarios; do
    measurements+=("$scenario $(sizes "$scenario")")
done
if [ "$sweep" = 1 ]; then
    for rate in $sweep_rates; do
        messages=$(awk -v r="$rate" -v s="$sweep_seconds" 'BEGIN { printf "%d", r * s }')
        # The rooms preset is 30,000 messages at 1,000 msg/s: that sweep point is the rooms measurement itself, and
        # the report would pool the two as repetitions anyway.
        if [ "$quick" = 0 ] && [ "$rate" = 1000 ] && [ "$messages" = 30000 ] && [[ " $scenarios " == *" rooms "* ]]; then
            continue
        fi
        measurements+=("rooms $(sizes sweep) --rate $rate --messages $messages")
    done
fi

# --- where everything goes ---
stamp=$( [ "$quick" = 1 ] && echo "quick-" )$(date -u +%Y%m%d-%H%M%S)
results_dir="$here/results"
mkdir -p "$results_dir"
jsonl="$results_dir/$stamp.jsonl"
log="$results_dir/$stamp.log"
machine="$results_dir/$stamp.machine.txt"
commands="$results_dir/$stamp.commands.txt"
if [ -z "$results_md" ]; then
    results_md=$( [ "$quick" = 1 ] && echo "$results_dir/$stamp.md" || echo "$here/RESULTS.md" )
fi
cd "$root"

# --- build once, install the Socket.IO baseline, raise the open-file limit (10,000 sessions = 10,000 sockets a side) ---
[ "$build" = 1 ] && echo "Building (Release)…"
if [ "$build" = 1 ] && ! dotnet build -c Release tests/Kitty.LoadTests >"$log.build" 2>&1; then
    grep -E " error |rror\(s\)" "$log.build" >&2 || tail -20 "$log.build" >&2
    exit 1
fi
dll="tests/Kitty.LoadTests/bin/Release/net10.0/Kitty.LoadTests.dll"
[ -f "$dll" ] || { echo "No Release build at $dll: run without --no-build" >&2; exit 1; }
if [[ " $targets " == *" socketio "* ]] && [ ! -d tests/Kitty.Baselines.SocketIO/node_modules/socket.io ]; then
    echo "npm ci for the Socket.IO baseline…"
    (cd tests/Kitty.Baselines.SocketIO && npm ci --no-audit --no-fund)
fi
want=65536 hard=$(ulimit -Hn)
if [ "$hard" != unlimited ] && [ "$hard" -lt "$want" ]; then want=$hard; fi
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt "$want" ]; then
    ulimit -n "$want" || echo "warning: could not raise the open-file limit above $(ulimit -n)" >&2
fi

cores=$(nproc)
if [ "$pin" = 1 ] && [ "$cores" -ge 2 ] && command -v taskset >/dev/null; then
    pinning="server on core(s) $server_cpus (--server-process --server-cpus), load generator on core(s) $client_cpus (taskset -c)"
    generator=(taskset -c "$client_cpus" dotnet "$dll")
    hosting=(--server-process --server-cpus "$server_cpus")
else
    pin=0
    pinning="not pinned (--no-pin, one core or no taskset): server and load generator share the cores"
    generator=(dotnet "$dll")
    hosting=(--server-process)
fi

# --- the machine, as the report prints it ---
{
    echo "started: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "CPU: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $cores cores (nproc)"
    echo "memory: $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
    echo "kernel: $(uname -sr)"
    echo "dotnet: $(dotnet --version); node: $(node --version 2>/dev/null || echo none)"
    echo "source: $(git rev-parse --short HEAD) on $(git rev-parse --abbrev-ref HEAD)$(git diff --quiet HEAD -- . 2>/dev/null || echo ' (with uncommitted changes)')"
    echo "pinning: $pinning"
    echo "repetitions: $repetitions of each measurement, targets interleaved ($targets)"
    echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$machine"
{
    echo "$invocation"
    for measurement in "${measurements[@]}"; do
        echo "${generator[*]} $measurement --target {${targets// /|}} ${hosting[*]} --json ${jsonl#"$root"/} ${extra[*]}" | sed 's/ *$//'
    done
} >"$commands"
cat "$machine"

# --- the runs: for each measurement, repetition after repetition, every target in turn ---
total=$(( ${#measurements[@]} * repetitions * $(wc -w <<<"$targets") ))
n=0 failed=0
for measurement in "${measurements[@]}"; do
    for repetition in $(seq 1 "$repetitions"); do
        for target in $targets; do
            n=$((n + 1))
            # shellcheck disable=SC2206 # the measurement's words are options
            run=("${generator[@]}" $measurement --target "$target" "${hosting[@]}" --json "$jsonl" "${extra[@]}")
            printf '[%d/%d] %s, %s, repetition %d … ' "$n" "$total" "$measurement" "$target" "$repetition"
            echo "=== [$n/$total] $(date -u +%H:%M:%S) ${run[*]}" >>"$log"
            started=$SECONDS
            status=0
            timeout --kill-after=30 "$run_timeout" "${run[@]}" >"$log.run" 2>&1 || status=$?
            cat "$log.run" >>"$log"
            # A run that failed early prints no summary: grep finding nothing must not end the suite.
            summary=$(grep -E '^  (deliver|latency) ' "$log.run" | sed -E 's/^ +//; s/ +/ /g' | paste -sd ';' - || true)
            [ -n "$summary" ] || summary=$(grep -m1 -iE 'error|exception|fail|unknown|required|needs' "$log.run" || head -1 "$log.run")
            if [ "$status" = 0 ]; then
                echo "ok in $((SECONDS - started)) s: $summary"
            else
                failed=$((failed + 1))
                echo "FAILED (exit $status) in $((SECONDS - started)) s: $summary"
                echo "# exit $status, repetition $repetition: ${run[*]}" >>"$commands"
            fi
        done
    done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$machine"
rm -f "$log.run"

echo "$((total - failed)) of $total runs passed; records in ${jsonl#"$root"/}, output in ${log#"$root"/}"
if [ "$report" = 1 ] && [ -s "$jsonl" ]; then
    # The section goes to the log too; the report says on stderr where it appended it.
    dotnet "$dll" report --input "$jsonl" --markdown "$results_md" >>"$log"
fi
[ "$failed" = 0 ]
exit
}
