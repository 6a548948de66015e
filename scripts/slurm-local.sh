#!/usr/bin/env bash
# A real single-node Slurm cluster for the Slurm adapter tests, from Debian's slurm-wlm and munge.
# Usage (as root): slurm-local.sh install | start | stop | status | stop-controller
#   install          apt-get install slurm-wlm and munge (apt-get update first when needed)
#   start            munge key, a one-node slurm.conf sized from nproc and free, munged, slurmctld, slurmd;
#                    returns once the controller answers and the node is usable; exits 1, naming what did not
#                    come up and showing the end of its log, when that takes longer than the waits below (generous,
#                    for a loaded machine: KEI_SLURM_MUNGE_WAIT=60 and KEI_SLURM_START_WAIT=180 seconds).
#                    Safe to run again (restarts what is down).
#   stop             stops slurmd, slurmctld and munged
#   status           what is running, and what sinfo says
#   stop-controller  stops slurmctld only (the fault tests use it, then run `start` to bring it back)
# Every step is idempotent. No systemd needed: the daemons are started directly, as in a container.
set -euo pipefail

CONF_DIR=/etc/slurm
CONF="$CONF_DIR/slurm.conf"
NODE="$(hostname -s)"
CTLD_PID=/run/slurmctld.pid
SLURMD_PID=/run/slurmd.pid
MUNGED_PID=/run/munge/munged.pid

MUNGE_WAIT="${KEI_SLURM_MUNGE_WAIT:-60}"
START_WAIT="${KEI_SLURM_START_WAIT:-180}"

log() { echo "slurm-local: $*" >&2; }

# wait_for SECONDS COMMAND...: runs COMMAND once a second until it succeeds; fails after SECONDS.
wait_for() {
  local deadline=$((SECONDS + $1)); shift
  until "$@" >/dev/null 2>&1; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 1
  done
}

# fail WHAT LOG: says what did not come up, shows the end of its log, exits 1.
fail() {
  log "$1"
  if [ -f "$2" ]; then log "last lines of $2:"; tail -n 20 "$2" >&2 || true; fi
  exit 1
}

need_root() {
  if [ "$(id -u)" != "0" ]; then log "run as root"; exit 1; fi
}

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

cmd_install() {
  need_root
  if command -v slurmctld >/dev/null && command -v slurmd >/dev/null && command -v munged >/dev/null; then
    log "slurm-wlm and munge already installed"; return 0
  fi
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y -q slurm-wlm munge; then
    apt-get update -q
    apt-get install -y -q slurm-wlm munge
  fi
}

write_config() {
  local cpus mem_mb
  cpus="$(nproc)"
  # Leave a tenth of the memory to the system; slurmd refuses a node that claims more than it has.
  if command -v free >/dev/null; then mem_mb="$(free -m | awk '/^Mem:/ { printf "%d", $2 * 0.9 }')"
  else mem_mb="$(awk '/^MemTotal:/ { printf "%d", $2 / 1024 * 0.9 }' /proc/meminfo)"; fi
  mkdir -p "$CONF_DIR" /var/spool/slurmctld /var/spool/slurmd /var/log/slurm
  cat > "$CONF.new" <<CONF
# Written by scripts/slurm-local.sh: one node, sized from this machine.
ClusterName=kei-local
SlurmctldHost=$NODE(127.0.0.1)
SlurmUser=root
AuthType=auth/munge
CredType=cred/munge
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=$CTLD_PID
SlurmdPidFile=$SLURMD_PID
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
ReturnToService=2
MpiDefault=none
MessageTimeout=5
SlurmctldTimeout=30
SlurmdTimeout=30
KillWait=5
MinJobAge=600
NodeName=$NODE NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem_mb State=UNKNOWN
PartitionName=local Nodes=$NODE Default=YES MaxTime=INFINITE State=UP
CONF
  if ! cmp -s "$CONF.new" "$CONF" 2>/dev/null; then mv "$CONF.new" "$CONF"; else rm -f "$CONF.new"; fi
  # slurmd loads a cgroup plugin even with proctrack/linuxproc; autodetect picks v1 or v2 as mounted.
  [ -f "$CONF_DIR/cgroup.conf" ] && grep -q "^CgroupPlugin=autodetect" "$CONF_DIR/cgroup.conf" || echo "CgroupPlugin=autodetect" > "$CONF_DIR/cgroup.conf"
}

start_munge() {
  if [ ! -s /etc/munge/munge.key ]; then
    mkdir -p /etc/munge
    if command -v mungekey >/dev/null; then mungekey --create --force --keyfile=/etc/munge/munge.key
    else dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none; fi
  fi
  chown munge:munge /etc/munge/munge.key && chmod 400 /etc/munge/munge.key
  install -d -o munge -g munge -m 0755 /run/munge
  install -d -o munge -g munge -m 0700 /var/lib/munge /var/log/munge
  if ! alive "$MUNGED_PID"; then runuser -u munge -- /usr/sbin/munged || fail "munged did not start" /var/log/munge/munged.log; fi
  munge_answers() { munge -n </dev/null | unmunge; }
  wait_for "$MUNGE_WAIT" munge_answers || fail "munged does not answer after ${MUNGE_WAIT} s" /var/log/munge/munged.log
}

controller_up() { scontrol ping | grep -q "is UP"; }

# node_usable: true once sinfo reports the node idle, mixed or allocated; a down or drained node is resumed.
node_usable() {
  local state
  state="$(sinfo -h -n "$NODE" -o %t 2>/dev/null)" || return 1
  case "$state" in
    idle*|mix*|alloc*) return 0 ;;
    down*|drain*|drng*) scontrol update NodeName="$NODE" State=RESUME >/dev/null 2>&1 || true; return 1 ;;
    *) return 1 ;;
  esac
}

cmd_start() {
  need_root
  command -v slurmctld >/dev/null || { log "slurm-wlm is not installed (run: $0 install)"; exit 1; }
  write_config
  start_munge
  alive "$CTLD_PID" || slurmctld || fail "slurmctld did not start" /var/log/slurm/slurmctld.log
  wait_for "$START_WAIT" controller_up || fail "the controller does not answer after ${START_WAIT} s" /var/log/slurm/slurmctld.log
  alive "$SLURMD_PID" || slurmd -N "$NODE" || fail "slurmd did not start" /var/log/slurm/slurmd.log
  wait_for "$START_WAIT" node_usable \
    || fail "node $NODE is not usable after ${START_WAIT} s (sinfo: $(sinfo -h -n "$NODE" -o %t 2>&1 || true))" /var/log/slurm/slurmd.log
  log "cluster ready (node $NODE: $(sinfo -h -n "$NODE" -o %t))"
}

stop_pid() {
  local pidfile="$1" pid
  alive "$pidfile" || return 0
  pid="$(cat "$pidfile")"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}

cmd_stop_controller() { need_root; stop_pid "$CTLD_PID"; }

cmd_stop() {
  need_root
  stop_pid "$SLURMD_PID"
  stop_pid "$CTLD_PID"
  stop_pid "$MUNGED_PID"
}

cmd_status() {
  alive "$CTLD_PID" && echo "slurmctld: running" || echo "slurmctld: stopped"
  alive "$SLURMD_PID" && echo "slurmd: running" || echo "slurmd: stopped"
  alive "$MUNGED_PID" && echo "munged: running" || echo "munged: stopped"
  sinfo 2>&1 || true
}

case "${1:-}" in
  install) cmd_install ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  stop-controller) cmd_stop_controller ;;
  *) echo "usage: $0 install|start|stop|status|stop-controller" >&2; exit 2 ;;
esac
