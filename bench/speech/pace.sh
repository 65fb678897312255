#!/usr/bin/env bash
# How well `tellme feedback --audio` measures pace, over voices, texts and rates it was not tuned on.
# Synthesises answers with espeak-ng at a known rate of words a minute of speech (espeak's speed corrected until
# words over sox-measured speaking time is within 3 % of the target), with a 1.5 s pause put in by sox, and
# with sox's default dither (random, as a real recording's noise floor is), then compares:
#   syllables: the pace TellMe reports for pocketsphinx (syllable peaks at 1.75 a word, SyllableNuclei.PeaksPerWord)
#   words:     recognised words over speaking time (what the pace was before; the words column's error is also
#              the recognised word count's error against the text, since speaking time is exact)
# The constant was set on voice en-us with text "outage" only (rows marked "cal"); every other row is a check.
# Usage: bench/speech/pace.sh [VOICES] [RATES]   e.g. bench/speech/pace.sh "en-us en-gb" "120 190"
set -euo pipefail
cd "$(dirname "$0")/../.."
voices=(${1:-en-us en-gb en-us+f3 en-us+m7})
rates=(${2:-120 150 190})
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release src/TellMe.Cli -v q -nologo > "$work/build.log" || { cat "$work/build.log"; exit 1; }
tellme=(dotnet "src/TellMe.Cli/bin/Release/net10.0/tellme.dll")

declare -A texts
texts[conflict]="At the time I was a platform engineer at a security company, and management proposed moving about five thousand servers from one cloud provider to another.|My task was to judge whether the migration made sense for the team that would have to run it.|I opposed it at first, because I thought it would hurt maintainability, and I collected numbers on incidents and on the hours we spent on upgrades.|I presented that data to the stakeholders and explained the risks in a short document.|The final decision was made on cost, and it went the other way.|After the decision I fully committed to the project and planned the migration in waves of a few hundred servers."
texts[outage]="When our checkout service started failing under holiday traffic, I was the engineer on call.|I looked at the dashboards and saw that the database connection pool was exhausted within minutes.|Instead of restarting everything, I rolled back the last deployment and added a limit on retries.|Then I wrote a short report for the team and proposed load tests before every release.|Since then we have not had a similar outage, and the tests caught two regressions in the first month."
texts[mentor]="A new engineer joined my team straight from university and struggled with our code reviews.|Her pull requests sat for days, and she was too shy to ask anyone for help.|I suggested that we pair for an hour twice a week, and I showed her how I read an unfamiliar service.|We also split her large changes into smaller ones that reviewers could approve quickly.|Within two months she was reviewing other people's code, and she later led the migration of our billing jobs."

# synth VOICE SPEED TEXT OUT: prints "speaking_seconds words"
synth() {
  local voice=$1 speed=$2 text=$3 out=$4 i=0 speaking=0 words=0 parts=()
  sox -n -r 22050 -c 1 -b 16 "$work/lead.wav" trim 0 0.6
  sox -n -r 22050 -c 1 -b 16 "$work/short.wav" trim 0 0.25
  sox -n -r 22050 -c 1 -b 16 "$work/pause.wav" trim 0 1.5
  parts+=("$work/lead.wav")
  IFS='|' read -ra sentences <<< "${texts[$text]}"
  for s in "${sentences[@]}"; do
    i=$((i + 1))
    espeak-ng -v "$voice" -s "$speed" -w "$work/raw$i.wav" "$s"
    sox "$work/raw$i.wav" -r 22050 "$work/s$i.wav" silence 1 0.01 0.1% reverse silence 1 0.01 0.1% reverse 2>/dev/null
    parts+=("$work/s$i.wav")
    speaking=$(echo "$speaking + $(soxi -D "$work/s$i.wav")" | bc -l)
    words=$((words + $(wc -w <<< "$s")))
    if (( i == 3 )); then parts+=("$work/pause.wav"); elif (( i < ${#sentences[@]} )); then parts+=("$work/short.wav"); speaking=$(echo "$speaking + 0.25" | bc -l); fi
  done
  parts+=("$work/pause.wav")
  sox "${parts[@]}" "$out"
  echo "$speaking $words"
}

printf "| voice | text | target | true wpm | syllables: wpm | error | words: wpm | error | set |\n|---|---|---:|---:|---:|---:|---:|---:|---|\n"
for voice in "${voices[@]}"; do
  for text in conflict outage mentor; do
    for rate in "${rates[@]}"; do
      speed=$(( rate * 100 / 118 ))
      for attempt in 1 2 3 4; do
        read -r speaking words < <(synth "$voice" "$speed" "$text" "$work/a.wav")
        true_rate=$(echo "$words / $speaking * 60" | bc -l)
        off=$(echo "($true_rate - $rate) / $rate" | bc -l)
        if (( $(echo "${off#-} <= 0.03" | bc -l) )); then break; fi
        speed=$(echo "$speed * $rate / $true_rate" | bc -l | xargs printf "%.0f")
      done
      json=$("${tellme[@]}" feedback --audio "$work/a.wav" --for Conflict --bank examples/bank --json)
      read -r wpm nheard secs < <(python3 -c 'import json,sys; a=json.load(sys.stdin)["audio"]; print(a["words_per_minute"], a["recognised_words"], a["speaking_seconds"])' <<< "$json")
      wpm_words=$(echo "$nheard / $secs * 60" | bc -l)
      set_name=$([[ $voice == en-us && $text == outage ]] && echo cal || echo check)
      printf "| %s | %s | %d | %.1f | %.1f | %+.1f %% | %.1f | %+.1f %% | %s |\n" "$voice" "$text" "$rate" "$true_rate" "$wpm" \
        "$(echo "($wpm / $true_rate - 1) * 100" | bc -l)" "$wpm_words" "$(echo "($wpm_words / $true_rate - 1) * 100" | bc -l)" "$set_name"
    done
  done
done
