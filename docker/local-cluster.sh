#!/usr/bin/env bash
# A Kitty cluster on this machine: three nodes on loopback (settings in docker/nodes/*.env, shared with compose.yaml)
# against a local PostgreSQL database "kitty".
#
#   docker/local-cluster.sh start    installs and starts PostgreSQL when needed (Debian packages, as root, through
#                                    .ci/postgres), migrates, publishes once, starts the nodes, waits for their HTTP
#                                    and prints the URLs and the default application's credentials
#   docker/local-cluster.sh stop     stops the nodes (PostgreSQL keeps running)
#   docker/local-cluster.sh status   says which nodes run and answer
#
# KITTY_POSTGRES: an Npgsql connection string to use instead of the local PostgreSQL (nothing is installed then).
# KITTY_CLUSTER_DIR: where the build, the nodes' data, logs and pid files go (default docker/.run).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
nodes_dir="$repo/docker/nodes"
run_dir=${KITTY_CLUSTER_DIR:-$repo/docker/.run}
app="$run_dir/app/Kitty.Server.dll"

say() { echo "local-cluster: $*" >&2; }

node_names() {
  local env
  for env in "$nodes_dir"/node*.env; do basename "$env" .env; done
}

# A setting of a node's env file (the last assignment wins, as when the file is sourced).
node_setting() { sed -n "s/^$2=//p" "$nodes_dir/$1.env" | tail -1; }

node_url() { node_setting "$1" ASPNETCORE_URLS; }

node_pid() {
  local pid_file="$run_dir/$1/pid" pid
  [ -f "$pid_file" ] || return 1
  pid=$(cat "$pid_file")
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

answers() { curl -fsS -o /dev/null --max-time 2 "$1/openapi/v1.json" 2>/dev/null; }

connection_string() {
  if [ -n "${KITTY_POSTGRES:-}" ]; then
    echo "$KITTY_POSTGRES"
    return
  fi
  # .ci/postgres prints the test database's connection string; the cluster gets a database of its own.
  # stdin and stderr go to files: the PostgreSQL daemon it may start must not hold a pipe of ours open.
  local test_cs
  test_cs=$("$repo/.ci/postgres" </dev/null 2>>"$run_dir/postgres.log") \
    || { say "could not start PostgreSQL (this needs root, or set KITTY_POSTGRES); see $run_dir/postgres.log"; return 1; }
  runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -d postgres >>"$run_dir/postgres.log" 2>&1 <<'SQL'
SELECT 'CREATE DATABASE kitty OWNER kitty' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'kitty')\gexec
SQL
  echo "${test_cs/Database=kitty_test/Database=kitty}"
}

random_hex() { head -c "$1" /dev/urandom | od -An -tx1 | tr -d ' \n'; }

# Generated once, kept private: every node must be given the same default application credentials.
credentials_file() {
  local file="$run_dir/credentials.env"
  if [ ! -f "$file" ]; then
    (umask 077 && cat >"$file" <<EOF
Kitty__DefaultApplication__ApiKey=kitty-key-$(random_hex 16)
Kitty__DefaultApplication__ClientId=$(random_hex 16)
Kitty__DefaultApplication__ClientSecret=$(random_hex 24)
EOF
    )
  fi
  echo "$file"
}

start_node() {
  local node=$1 cs=$2 credentials=$3 dir="$run_dir/$1"
  mkdir -p "$dir/data"
  (
    set -a
    . "$nodes_dir/cluster.env"
    . "$nodes_dir/$node.env"
    . "$credentials"
    set +a
    export Kitty__Postgres__ConnectionString="$cs" Kitty__DataDirectory="$dir/data"
    cd "$dir"
    # A daemon of its own session, with no descriptor of this script (or of a $(...) around it) left open.
    setsid dotnet "$app" </dev/null >"$dir/node.log" 2>&1 &
    echo $! >"$dir/pid"
  )
}

wait_for_node() {
  local node=$1 url
  url=$(node_url "$node")
  for _ in $(seq 1 240); do
    answers "$url" && return 0
    if ! node_pid "$node" >/dev/null; then
      say "$node stopped while starting; the end of $run_dir/$node/node.log:"
      tail -20 "$run_dir/$node/node.log" >&2
      return 1
    fi
    sleep 0.5
  done
  say "$node did not answer at $url within two minutes; see $run_dir/$node/node.log"
  return 1
}

start() {
  mkdir -p "$run_dir"
  local node running=()
  for node in $(node_names); do
    if node_pid "$node" >/dev/null; then running+=("$node"); fi
  done
  if [ ${#running[@]} -gt 0 ]; then
    say "already running: ${running[*]} (stop first)"
    return 1
  fi

  local cs credentials
  cs=$(connection_string)
  credentials=$(credentials_file)
  say "publishing Kitty.Server to $run_dir/app"
  dotnet publish "$repo/src/Kitty.Server" -c Release -o "$run_dir/app" -nologo -v q </dev/null >"$run_dir/build.log" 2>&1 \
    || { tail -30 "$run_dir/build.log" >&2; return 1; }
  say "migrating the database"
  dotnet "$app" migrate-postgres "$cs" </dev/null >>"$run_dir/migrate.log" 2>&1 \
    || { tail -5 "$run_dir/migrate.log" >&2; return 1; }

  for node in $(node_names); do
    start_node "$node" "$cs" "$credentials"
    say "$node started (pid $(cat "$run_dir/$node/pid")), log $run_dir/$node/node.log"
  done
  for node in $(node_names); do
    wait_for_node "$node" || { stop; return 1; }
  done

  echo "Kitty cluster is running:"
  for node in $(node_names); do echo "  $node  $(node_url "$node")"; done
  echo "Default application (every node):"
  sed -e 's/^Kitty__DefaultApplication__ApiKey=/  API key:                 /' \
      -e 's/^Kitty__DefaultApplication__ClientId=/  Platform API client id:  /' \
      -e 's/^Kitty__DefaultApplication__ClientSecret=/  Platform API secret:     /' "$credentials"
}

stop() {
  local node pid
  for node in $(node_names); do
    if pid=$(node_pid "$node"); then
      kill -TERM "$pid"
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      if kill -0 "$pid" 2>/dev/null; then
        say "$node (pid $pid) ignored TERM for 30 s; killing it"
        kill -KILL "$pid"
      fi
      say "$node stopped"
    fi
    rm -f "$run_dir/$node/pid"
  done
}

status() {
  local node pid url stopped=0
  for node in $(node_names); do
    url=$(node_url "$node")
    if pid=$(node_pid "$node"); then
      if answers "$url"; then echo "$node  running (pid $pid)  $url"; else echo "$node  starting (pid $pid)  $url"; fi
    else
      echo "$node  stopped"
      stopped=1
    fi
  done
  return $stopped
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "Usage: $0 start|stop|status" >&2; exit 2 ;;
esac
