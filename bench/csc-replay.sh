#!/usr/bin/env bash
# csc-replay.sh <bench-folder> [rounds]: the compiler alone, without MSBuild's noise. Replays the csc command line that
# `--full-build ... --report-analyzer` logged (<bench-folder>/report-analyzer.log) in four configurations, round-robin,
# each a fresh csc (cold, as a CI agent's first build), and prints each run and the medians (wall, CPU user+sys):
#   without     the package's analyzers and generator removed (NetAnalyzers and the SDK's generators stay)
#   with        as the build passes them
#   with-no10   with, IC0010 set to none (the driver then does not run that analyzer at all)
#   with-noic   with, every IC rule set to none: the manifest generator alone
set -euo pipefail
folder=$(cd "$1" && pwd); rounds=${2:-3}
log="$folder/report-analyzer.log"
work="$folder/csc-replay"; mkdir -p "$work"
line=$(grep -m1 -E '^\s+\S+/Roslyn/bincore/csc ' "$log" | sed 's/^ *//')
csc=${line%% *}
# One argument per line (the bench's paths have no spaces), outputs redirected, the timing report off.
tr ' ' '\n' <<<"${line#* }" | grep -v '^/reportanalyzer$' \
  | sed "s#^/out:.*#/out:$work/out.dll#; s#^/refout:.*#/refout:$work/ref.dll#" > "$work/with.rsp"
grep -v 'IntegrationContracts.Analyzers.dll\|IntegrationContracts.CodeFixes.dll' "$work/with.rsp" > "$work/without.rsp"
printf 'is_global = true\ndotnet_diagnostic.IC0010.severity = none\n' > "$work/no10.globalconfig"
{ echo 'is_global = true'; for i in $(seq -w 1 16); do echo "dotnet_diagnostic.IC00$i.severity = none"; done; } > "$work/noic.globalconfig"
{ cat "$work/with.rsp"; echo "/analyzerconfig:$work/no10.globalconfig"; } > "$work/with-no10.rsp"
{ cat "$work/with.rsp"; echo "/analyzerconfig:$work/noic.globalconfig"; } > "$work/with-noic.rsp"
cd "$folder"
: > "$work/runs.txt"
for round in $(seq 1 "$rounds"); do
  for config in without with with-no10 with-noic; do
    /usr/bin/time -f "%e %U %S" -o "$work/time.txt" "$csc" "@$work/$config.rsp" > "$work/output.txt" 2>&1 \
      || { echo "csc failed for $config:"; tail -5 "$work/output.txt"; exit 1; }
    read -r wall user sys < "$work/time.txt"
    printf '%s %s %.2f\n' "$config" "$wall" "$(echo "$user + $sys" | bc)" | tee -a "$work/runs.txt"
  done
done
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
base_wall=$(awk '$1=="without"{print $2}' "$work/runs.txt" | median)
base_cpu=$(awk '$1=="without"{print $3}' "$work/runs.txt" | median)
echo "| csc, median of $rounds | wall (s) | CPU (s) | wall ratio | CPU ratio |"
echo "|---|---:|---:|---:|---:|"
for config in without with with-no10 with-noic; do
  wall=$(awk -v c="$config" '$1==c{print $2}' "$work/runs.txt" | median)
  cpu=$(awk -v c="$config" '$1==c{print $3}' "$work/runs.txt" | median)
  echo "| $config | $wall | $cpu | $(echo "scale=3; $wall / $base_wall" | bc) | $(echo "scale=3; $cpu / $base_cpu" | bc) |"
done
