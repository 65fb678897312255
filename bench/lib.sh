# Shared by the bench scripts that start `tellme serve` (source it after `cd` to the repository root):
# a work folder removed on exit, with every server whose PID is listed in "$work/pids" stopped first, and the
# CLI published ReadyToRun, as a user's install runs it.
work="$(mktemp -d)"
cleanup() {
  if [ -f "$work/pids" ]; then while read -r p; do kill "$p" 2>/dev/null || true; done <"$work/pids"; sleep 2; fi
  rm -rf "$work"
}
trap cleanup EXIT

# publish PROJECT OUT: a ReadyToRun publish, its log shown only when it fails.
publish() {
  dotnet publish "$1" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$2" >"$work/publish.log" \
    || { cat "$work/publish.log"; exit 1; }
}
